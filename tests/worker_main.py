"""A worker process for fault tests: the real Worker with the test extractor, configured from argv:
`url delay_s [poll_s [ready_dir]]`; once started it makes a file named by its pid in `ready_dir`."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from service.db.pool import create_pool
from service.logging import configure_logging
from service.settings import Settings
from service.worker import Worker
from tests.fakes import KeywordExtractor


async def main(url: str, delay_s: float, poll_s: float = 0.2, ready_dir: str | None = None) -> None:
    settings = Settings(job_poll_s=poll_s, job_lease_s=2.0, job_backoff_base_s=0.05, shutdown_grace_s=20)
    pool = await create_pool(url, settings, max_size=4)
    worker = Worker(pool, url, KeywordExtractor(delay_s=delay_s), settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    await worker.start()
    print("ready", flush=True)
    if ready_dir:
        (Path(ready_dir) / str(os.getpid())).touch()
    await stop.wait()
    await worker.stop()
    await pool.close()


if __name__ == "__main__":
    configure_logging("INFO", "json")
    url, delay_s, *rest = sys.argv[1:]
    asyncio.run(main(url, float(delay_s), float(rest[0]) if rest else 0.2, rest[1] if len(rest) > 1 else None))
