"""Extraction in several processes: a supervisor that keeps N `incidents worker --processes 1` children running
and drains them all on stop.

Extraction is CPU bound and Python runs one thread at a time, so a machine's cores are used by processes, one
worker each. Each child is a whole worker (its own pool, leases): the queue already makes any number of them safe.
The supervisor holds the one LISTEN connection for them all and passes each notification on to every child down a
pipe of its own (an idle child claims the new job, a busy one finds the wake-up when it next looks); a child
still polls, so a wake-up lost while the supervisor reconnects only delays a job by a poll. The supervisor
restarts a child that dies (with a growing delay when one keeps dying at once), and on stop sends every child
SIGTERM, which lets each finish the job in hand within SHUTDOWN_GRACE_SECONDS, and kills whatever is left after
that. Children write their metrics into a directory the supervisor (or the API serving /metrics) reads them from
(prometheus_client's multiprocess mode)."""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from prometheus_client import CollectorRegistry, generate_latest, multiprocess

from service.logging import get_logger
from service.queue import WAKE_FD, JobNotifications
from service.settings import Settings

_log = get_logger("service.supervisor")
RESTART_DELAY_S = 1.0
RESTART_DELAY_MAX_S = 30.0
STABLE_S = 30.0  # a child that ran this long before dying is restarted at once
WORKER_COMMAND = ("-m", "service", "worker", "--processes", "1")  # run by this interpreter
# beside the API a worker gives way, so reads stay quick while a backlog is being cleared: at SCHED_IDLE (Linux) a
# thread of normal priority that wakes takes the core from it at once, where at nice 19 alone it can wait out the
# worker's time slice, and a read wakes several times; nice 19 also holds where SCHED_IDLE is refused
LOWEST_NICE = 19
SUPERVISOR_PID = "INCIDENTS_SUPERVISOR_PID"  # set in a child's environment: the process it works for


def available_cores() -> int:
    """The cores this process may use: its CPU affinity, capped by a cgroup CPU quota (a container's limit)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text(encoding="ascii").split()[:2]
        if quota != "max":
            cores = min(cores, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, cores)


class _Child:
    def __init__(self, slot: int) -> None:
        self.slot = slot
        self.process: subprocess.Popen[bytes] | None = None
        self.started = 0.0
        self.delay_s = RESTART_DELAY_S
        self.restart_at = 0.0
        self.wake_fd: int | None = None  # the write end of the child's wake-up pipe

    def wake(self) -> None:
        if self.wake_fd is None:
            return
        with contextlib.suppress(BlockingIOError, BrokenPipeError):  # already has one waiting; or has just died
            os.write(self.wake_fd, b"\x01")

    def close_pipe(self) -> None:
        if self.wake_fd is not None:
            os.close(self.wake_fd)
            self.wake_fd = None


class _SharedListen:
    """The supervisor's one LISTEN connection, in a thread with an event loop of its own (the supervisor is run
    from threads: `incidents worker`'s main one, the API's loop through a worker thread). Notifications that
    arrive together are passed on as one wake-up."""

    def __init__(self, url: str, wake_children: Callable[[], None]) -> None:
        self._url = url
        self._wake_children = wake_children
        self._thread = threading.Thread(target=self._run, name="job-notifications", daemon=True)
        self._started = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._thread.start()
        self._started.wait()

    def stop(self) -> None:
        if self._loop is not None and self._task is not None:
            self._loop.call_soon_threadsafe(self._task.cancel)
        self._thread.join()

    def _run(self) -> None:
        asyncio.run(self._listen())

    async def _listen(self) -> None:
        self._loop, self._task = asyncio.get_running_loop(), asyncio.current_task()
        self._started.set()
        notifications = JobNotifications(self._url)
        notifications.start()
        try:
            while True:
                await notifications.wake.wait()
                notifications.wake.clear()
                self._wake_children()
        except asyncio.CancelledError:
            pass
        finally:
            await notifications.stop()


class Supervisor:
    """Runs `processes` worker processes against `database_url` until `stop()`."""

    def __init__(
        self,
        settings: Settings,
        database_url: str,
        processes: int,
        *,
        command: Sequence[str] = WORKER_COMMAND,
        give_way: bool = False,
    ) -> None:
        """`give_way` runs the children at the lowest CPU priority: beside the API (`incidents serve`) extraction
        takes the cores only when requests do not need them."""
        self._settings = settings
        self._give_way = give_way
        self._command = [sys.executable, *command]
        self._processes = processes
        self._metrics_dir = Path(tempfile.mkdtemp(prefix="incidents-worker-metrics-"))
        self._env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "PROMETHEUS_MULTIPROC_DIR": str(self._metrics_dir),
            "METRICS_PORT": "",  # the supervisor serves the children's metrics, a child none of its own
            SUPERVISOR_PID: str(os.getpid()),
        }
        self._children = [_Child(slot) for slot in range(processes)]
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._watcher: threading.Thread | None = None
        self._listen = _SharedListen(database_url, self._wake_children)

    @property
    def metrics_dir(self) -> Path:
        return self._metrics_dir

    def start(self) -> None:
        with self._lock:
            for child in self._children:
                self._spawn(child)
        self._watcher = threading.Thread(target=self._watch, name="worker-supervisor", daemon=True)
        self._watcher.start()
        self._listen.start()
        _log.info("worker processes started", processes=self._processes)

    def pids(self) -> list[int]:
        with self._lock:
            return [c.process.pid for c in self._children if c.process is not None and c.process.poll() is None]

    def metrics(self) -> bytes:
        """The children's metrics, summed over them (the dead included: counters do not go back)."""
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=str(self._metrics_dir))  # type: ignore[no-untyped-call]
        return generate_latest(registry)

    def stop(self, grace_s: float | None = None) -> None:
        """SIGTERM every child, wait for them to finish their jobs in hand, kill what is left after the grace."""
        self._stopping.set()
        if self._watcher is not None:
            self._watcher.join()
        self._listen.stop()
        grace = self._settings.shutdown_grace_s if grace_s is None else grace_s
        with self._lock:
            running = [c.process for c in self._children if c.process is not None and c.process.poll() is None]
        for process in running:
            process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + grace + 5  # the child's own grace, and its exit after it
        killed = 0
        for process in running:
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                killed += 1
        with self._lock:
            for child in self._children:
                child.close_pipe()
        shutil.rmtree(self._metrics_dir, ignore_errors=True)
        _log.info("worker processes stopped", processes=len(running), killed=killed)

    def _wake_children(self) -> None:
        with self._lock:
            for child in self._children:
                child.wake()

    def _spawn(self, child: _Child) -> None:
        child.close_pipe()
        read_fd, child.wake_fd = os.pipe()
        os.set_blocking(child.wake_fd, False)  # a full pipe already holds a wake-up: never wait on a child
        try:
            # a process group of its own, so a Ctrl-C at the terminal reaches the supervisor, which drains the
            # children; but the supervisor's session, so where the kernel groups CPU time by session (autogroup,
            # on most desktop Linux) the children's nice weighs against the API's threads and not only in a group
            # of their own
            child.process = subprocess.Popen(  # noqa: S603  # nosec B603 - our own interpreter and module, no shell
                self._command,
                env={**self._env, WAKE_FD: str(read_fd)},
                pass_fds=(read_fd,),
                process_group=0,
            )
        finally:
            os.close(read_fd)  # the child's end
        if self._give_way:
            # set from here as the child starts, before it makes threads (they inherit it): no hook runs in the child
            pid = child.process.pid
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, pid, LOWEST_NICE)
            if hasattr(os, "SCHED_IDLE"):  # Linux
                try:
                    os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))
                except OSError as error:  # a sandbox that forbids it: nice 19 still holds
                    _log.warning("worker process kept its scheduling policy", pid=pid, error=str(error))
        child.started = time.monotonic()

    def _watch(self) -> None:
        while not self._stopping.wait(0.2):
            with self._lock:
                for child in self._children:
                    self._tend(child)

    def _tend(self, child: _Child) -> None:
        process = child.process
        now = time.monotonic()
        if process is not None and process.poll() is not None:
            lived = now - child.started
            child.delay_s = RESTART_DELAY_S if lived > STABLE_S else min(child.delay_s * 2, RESTART_DELAY_MAX_S)
            child.restart_at = now + (0.0 if lived > STABLE_S else child.delay_s)
            multiprocess.mark_process_dead(process.pid, str(self._metrics_dir))  # type: ignore[no-untyped-call]
            _log.warning("worker process exited; restarting", slot=child.slot, pid=process.pid, code=process.returncode,
                         lived_s=round(lived, 1), restart_in_s=round(child.restart_at - now, 1))  # fmt: skip
            child.process = None
            child.close_pipe()
        if child.process is None and now >= child.restart_at:
            self._spawn(child)


def supervise(settings: Settings, database_url: str, processes: int) -> int:
    """`incidents worker --processes N`: run the children until SIGTERM or SIGINT, then drain them."""
    supervisor = Supervisor(settings, database_url, processes)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    supervisor.start()
    try:
        if settings.metrics_port:
            from prometheus_client import start_http_server

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry, path=str(supervisor.metrics_dir))  # type: ignore[no-untyped-call]
            start_http_server(settings.metrics_port, addr=settings.host, registry=registry)
        while not stop.wait(1.0):
            pass
        _log.info("stopping: worker processes finish their jobs in hand", grace_s=settings.shutdown_grace_s)
    finally:
        supervisor.stop()
    return 0


async def until_orphaned(stop: asyncio.Event) -> None:
    """In a supervised worker: set `stop` when the supervisor is gone (killed, it could not drain us)."""
    supervisor = os.environ.get(SUPERVISOR_PID)
    if not supervisor:
        return
    while os.getppid() == int(supervisor):  # noqa: ASYNC110 - nothing signals a parent's death; polling finds it
        await asyncio.sleep(1.0)
    _log.warning("supervisor gone; stopping")
    stop.set()
