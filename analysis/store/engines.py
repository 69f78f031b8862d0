"""Where chunks run: a local process pool, or a Dask distributed cluster.

Both run the same function (:func:`analysis.store.annotate.process_chunk`) on the same chunk
specifications and hand the results back in chunk order, so the tables do not depend on the
engine or the number of workers. At most ``2 * workers`` chunks are in flight, so memory is
bounded by the chunk size, not the corpus.
"""
from __future__ import annotations

import os
from collections import deque

_KNOWN = None


def _init_worker(known) -> None:
    global _KNOWN
    _KNOWN = known
    _exit_with_parent()


def _exit_with_parent() -> None:
    """A pool worker whose parent was killed (kill -9) exits within a second instead of
    lingering: what it was computing is not committed anyway."""
    import threading
    import time

    parent = os.getppid()

    def watch():
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


def _run_pooled(spec):
    from .annotate import process_chunk

    return process_chunk(spec, _KNOWN)


def _warm_imports() -> None:
    import importlib

    for name in ("clean.cleaning", "text.segment", "sentiment.scores", "dates.extract", "actors.mentions",
                 "quotes.extract", "corpus.loading"):
        importlib.import_module(f"..{name}", __package__)


class _Engine:
    n_workers = 1

    def submit(self, spec):  # -> a future-like with .result()
        raise NotImplementedError

    def run(self, items):
        """``items`` yields (spec, flag); flag None means the chunk is skipped (result None).
        Yields (spec, result) in the order of ``items``."""
        window = deque()
        limit = 2 * max(1, self.n_workers)
        for spec, flag in items:
            window.append((spec, None if flag is None else self.submit(spec)))
            while len(window) > limit or (window and window[0][1] is None):
                s, fut = window.popleft()
                yield s, (None if fut is None else fut.result())
        while window:
            s, fut = window.popleft()
            yield s, (None if fut is None else fut.result())

    def close(self):
        pass


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


class InProcess(_Engine):
    """One worker: the chunks run in this process, one after the other."""

    def __init__(self, known):
        self.known = known

    def submit(self, spec):
        from .annotate import process_chunk

        return _Done(process_chunk(spec, self.known))

    def run(self, items):
        for spec, flag in items:
            yield spec, (None if flag is None else self.submit(spec).result())


class LocalPool(_Engine):
    """A pool of ``workers`` processes on this machine."""

    def __init__(self, workers, known):
        from concurrent.futures import ProcessPoolExecutor

        self.n_workers = workers
        _warm_imports()  # forked workers start with the annotators imported (copy-on-write)
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(known,))

    def submit(self, spec):
        return self.pool.submit(_run_pooled, spec)

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine(_Engine):
    """A Dask distributed cluster: ``scheduler`` (an address or a Client), or a LocalCluster."""

    def __init__(self, workers, known, scheduler=None):
        from distributed import Client, LocalCluster

        self.cluster = None
        if scheduler is None:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
            self._own_client = True
        elif isinstance(scheduler, Client):
            self.client, self._own_client = scheduler, False
        else:
            self.client, self._own_client = Client(scheduler), True
        self.n_workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        self.known = self.client.scatter(known, broadcast=True)

    def submit(self, spec):
        from .annotate import process_chunk

        return self.client.submit(process_chunk, spec, self.known, pure=False)

    def close(self):
        if self._own_client:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(engine: str, *, workers=None, scheduler=None, known=None) -> _Engine:
    """The engine named ``engine`` ("local" or "dask")."""
    workers = workers or os.cpu_count() or 1
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if engine == "local":
        return InProcess(known) if workers == 1 else LocalPool(workers, known)
    if engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError as err:
            raise ImportError("engine='dask' needs dask and distributed: pip install 'dask[distributed]'") from err
        return DaskEngine(workers, known, scheduler)
    raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
