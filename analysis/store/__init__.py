"""Annotate a corpus once, at any scale, and read the stored tables.

- :func:`annotate` runs every per-document annotation once, in chunks, on all cores
  (``engine="local"``) or a Dask cluster (``engine="dask"``), and writes Parquet tables.
- :func:`open_store` / :class:`Store` read them (pandas via pyarrow, or SQL via DuckDB).
"""
from .annotate import annotate
from .store import TABLES, Store, StoreError, is_store, open_store

__all__ = ["annotate", "open_store", "Store", "StoreError", "TABLES", "is_store"]
