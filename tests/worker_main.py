"""A worker process for fault tests: the real Worker with the test extractor, configured from argv."""

from __future__ import annotations

import asyncio
import signal
import sys

from service.db.pool import create_pool
from service.logging import configure_logging
from service.settings import Settings
from service.worker import Worker
from tests.fakes import KeywordExtractor


async def main(url: str, delay_s: float) -> None:
    settings = Settings(job_poll_s=0.2, job_lease_s=2.0, job_backoff_base_s=0.05, shutdown_grace_s=20)
    pool = await create_pool(url, settings, max_size=4)
    worker = Worker(pool, url, KeywordExtractor(delay_s=delay_s), settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    await worker.start()
    print("ready", flush=True)
    await stop.wait()
    await worker.stop()
    await pool.close()


if __name__ == "__main__":
    configure_logging("INFO", "json")
    asyncio.run(main(sys.argv[1], float(sys.argv[2])))
