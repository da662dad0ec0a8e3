"""An extraction process runs BLAS on one thread: the service already runs one such process per core."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# the threads of a fresh interpreter once numpy (and with it OpenBLAS, which starts its pool as it loads) is in
THREADS_WITH_NUMPY = """
import os, sys
if sys.argv[1] == "limited":
    from service.extract.languages import one_blas_thread
    one_blas_thread()
import numpy
print(len(os.listdir("/proc/self/task")))
"""


def _threads(mode: str, env: dict[str, str]) -> int:
    done = subprocess.run([sys.executable, "-c", THREADS_WITH_NUMPY, mode], env=env, capture_output=True, text=True,
                          check=True, timeout=60)  # fmt: skip
    return int(done.stdout)


@pytest.mark.skipif(not os.path.isdir("/proc/self/task") or (os.cpu_count() or 1) < 2, reason="Linux, 2+ cores")
def test_an_extraction_process_runs_blas_on_one_thread_where_numpy_alone_would_start_one_per_core() -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    assert _threads("as-it-comes", env) > 1
    assert _threads("limited", env) == 1


@pytest.mark.skipif(not os.path.isdir("/proc/self/task") or (os.cpu_count() or 1) < 2, reason="Linux, 2+ cores")
def test_an_operators_own_blas_thread_count_is_kept() -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")} | {"OPENBLAS_NUM_THREADS": "2"}
    assert _threads("limited", env) == 2
