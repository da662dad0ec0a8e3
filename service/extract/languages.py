"""The pipeline registry: which languages the service reads, and how each one's pipeline is loaded.

A language is one entry of `PACKS`: its ISO 639-1 code and its language pack (`service.extract.pack`), from which
`PIPELINES` builds its extractor over the shared gazetteer; a new language is a new pack and one line here. Workers
load a language's pipeline when its first article arrives (`Pipelines.get`), so a worker that only ever sees English
holds one model. An article in a language without an entry fails for good with
``unsupported_language: <code>``."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from service.extract.pack import LanguagePack
    from service.extract.pipeline import Gazetteer, Pipeline, StageObserver

# covariant: a registry of English `Pipeline`s is a registry of the worker's `Extractor`s
T = TypeVar("T", covariant=True)
E = TypeVar("E")
Loader = Callable[["Gazetteer", "StageObserver | None"], "Pipeline"]


def _english() -> LanguagePack:
    from service.extract.pack import english

    return english()


def _french() -> LanguagePack:
    from service.extract.fr.pack import french

    return french()


PACKS: dict[str, Callable[[], LanguagePack]] = {"en": _english, "fr": _french}
"""Language code -> its pack (imported only when asked: a worker that reads English never imports French)."""


def one_blas_thread() -> None:
    """Run this process's BLAS (numpy's OpenBLAS) on one thread; call before numpy is imported, as OpenBLAS reads
    its thread count when it loads. The service runs an extraction process per core (`service.supervisor`), so a
    BLAS thread pool in each only oversubscribes the cores; and spaCy's matrices are small: a second BLAS thread
    costs more than it saves, even for a lone process. An operator's own OPENBLAS_NUM_THREADS is kept."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _loader(pack: Callable[[], LanguagePack]) -> Loader:
    def load(gazetteer: Gazetteer, on_stage: StageObserver | None) -> Pipeline:
        from service.extract.pipeline import Pipeline

        return Pipeline.load(gazetteer, on_stage=on_stage, pack=pack())

    return load


PIPELINES: dict[str, Loader] = {code: _loader(pack) for code, pack in PACKS.items()}
"""Language code -> how to load that language's pipeline."""


class UnsupportedLanguage(Exception):
    """No pipeline reads this language; the message is its code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Pipelines(Generic[T]):
    """One extractor per language, each built by its loader the first time an article in that language asks for it,
    then kept for the life of the process. Thread-safe: loaders run in worker threads."""

    def __init__(self, loaders: Mapping[str, Callable[[], T]]) -> None:
        self._loaders = dict(loaders)
        self._loaded: dict[str, T] = {}
        self._lock = threading.Lock()

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self._loaders)

    def loaded(self, code: str) -> T | None:
        """The extractor of ``code`` if it is loaded already: a caller can skip a thread hop for it."""
        return self._loaded.get(code)

    def get(self, code: str) -> T:
        """The extractor of ``code``, loaded on first use; `UnsupportedLanguage` when no pipeline reads it."""
        extractor = self._loaded.get(code)
        if extractor is not None:
            return extractor
        loader = self._loaders.get(code)
        if loader is None:
            raise UnsupportedLanguage(code)
        with self._lock:  # two jobs in a new language at once load its model once
            if code not in self._loaded:
                self._loaded[code] = loader()
            return self._loaded[code]


def single(extractor: E, code: str = "en") -> Pipelines[E]:
    """A registry of one language whose extractor is built already (tests, benchmarks)."""
    registry = Pipelines({code: lambda: extractor})
    registry.get(code)
    return registry


def load(
    gazetteer: Gazetteer, on_stage: StageObserver | None = None, *, preload: tuple[str, ...] = ("en",)
) -> Pipelines[Pipeline]:
    """Every registered language over ``gazetteer``; those in ``preload`` loaded now, the others on first use."""
    registry: Pipelines[Pipeline] = Pipelines(
        {code: functools.partial(loader, gazetteer, on_stage) for code, loader in PIPELINES.items()}
    )
    for code in preload:
        registry.get(code)
    return registry
