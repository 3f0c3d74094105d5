"""One Milvus database and which of its builds serves (`qa.search.milvus` writes and reads the builds).

A server or cluster (`http(s)://…`) names the serving build by an alias, moved in one step. Embedded
milvus-lite (2.5: the engine of a Milvus server, run in a child process for the one process that
opens the file) has no aliases, so there one row of `<name>_serving`, replaced in one upsert, names it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

from qa.errors import SearchIndexError

#: Rows per insert call, and per query page when a build or a load reads a collection back.
BATCH = 512
INSTALL = "install the Milvus client with `pip install -e '.[milvus]'`"
#: Suffix of the one-row collection naming the serving build where the engine has no aliases (milvus-lite).
SERVING = "_serving"
_SERVING_ROW = 0
#: Seconds to wait for an embedded engine to answer. It starts in 0.6 s on an idle 2-core machine, but once
#: took over pymilvus's default 10 s late in the full test suite in CI (its socket never appeared in time).
#: A remote server keeps pymilvus's default, so an unreachable host still fails fast.
EMBEDDED_START_S = 60


def is_embedded(uri: str) -> bool:
    """A file URI: pymilvus starts milvus-lite for this process (only one process may open the file)."""
    return "://" not in uri


def _client(uri: str, token: str) -> Any:
    try:
        from pymilvus import MilvusClient
        from pymilvus.exceptions import ConnectionConfigException
    except ImportError:
        raise SearchIndexError(f"QA_INDEX_BACKEND=milvus needs pymilvus; {INSTALL}") from None
    if not is_embedded(uri):
        try:
            return MilvusClient(uri=uri, token=token)
        except Exception as exc:  # pymilvus raises its own types for an unreachable server
            raise SearchIndexError(f"cannot reach Milvus at {uri}: {exc}") from exc
    Path(uri).parent.mkdir(parents=True, exist_ok=True)
    # milvus-lite's gRPC server allows a ping every 5 minutes; pymilvus pings every 10 s and is answered
    # "too_many_pings" (a logged error, then throttling): ping the embedded engine rarely instead
    options = {"grpc.keepalive_time_ms": 600_000, "grpc.keepalive_permit_without_calls": False}
    for _ in range(2):  # a slow start or an engine that died young: once more, from a clean start
        try:
            return MilvusClient(uri=uri, token=token, grpc_options=options, timeout=EMBEDDED_START_S)
        except ConnectionConfigException as exc:  # milvus-lite could not take the file's lock
            raise SearchIndexError(
                f"cannot open the embedded Milvus database {uri}: milvus-lite lets one process open it, and "
                "another (a running `qa serve` or `qa index`?) may hold it; add documents through the running "
                "server (/admin/documents) or serve from a Milvus server (QA_MILVUS_URI=http://host:19530)"
            ) from exc
        except Exception as exc:  # the engine started but never answered: stop it (it holds the lock)
            _stop_engine(uri)
            silent = exc
    raise SearchIndexError(
        f"the embedded Milvus engine for {uri} did not answer within {EMBEDDED_START_S} s, twice ({silent}); "
        "is the machine short of memory? A Milvus server (QA_MILVUS_URI=http://host:19530) avoids it"
    ) from silent


def _stop_engine(uri: str) -> None:
    """Stop this process's milvus-lite engine for `uri`, which frees the file's lock for another process."""
    from milvus_lite.server_manager import server_manager_instance

    server_manager_instance.release_server(uri)


class MilvusStore:
    """One Milvus database and the alias under which its serving build is found."""

    def __init__(self, uri: str, token: str = "", name: str = "qa") -> None:
        self.uri = uri
        self.token = token
        self.name = name

    @cached_property
    def client(self) -> Any:
        return _client(self.uri, self.token)

    def close(self) -> None:
        """Drop the connection (and stop an embedded engine, freeing its file for another process)."""
        client = self.__dict__.pop("client", None)
        if client is None:
            return
        client.close()
        if is_embedded(self.uri):
            _stop_engine(self.uri)

    @property
    def embedded(self) -> bool:
        return is_embedded(self.uri)

    def current(self) -> str | None:
        """The serving build (what the alias, or embedded the serving row, names); None before the first build."""
        if self.embedded:
            serving = self.name + SERVING
            if not self.client.has_collection(serving):
                return None
            self.client.load_collection(serving)
            found = self.client.query(serving, filter=f"id == {_SERVING_ROW}", output_fields=["build"])
            return str(found[0]["build"]) if found else None
        if self.name not in self.client.list_aliases().get("aliases", []):
            return None
        return str(self.client.describe_alias(self.name)["collection_name"])

    def serve(self, build: str) -> None:
        """Make `build` the serving one in one step: the alias moves, or the serving row is replaced."""
        client = self.client
        if self.embedded:
            serving = self.name + SERVING
            if not client.has_collection(serving):
                schema, index = _serving_schema(client)
                client.create_collection(serving, schema=schema, index_params=index)
            client.upsert(serving, [{"id": _SERVING_ROW, "build": build, "unused": [0.0, 0.0]}])
            client.flush(serving)
        elif self.current() is None:
            client.create_alias(build, self.name)
        else:
            client.alter_alias(build, self.name)

    def builds(self) -> list[str]:
        """This store's build collections, oldest first (names sort by build time)."""
        prefix = f"{self.name}_"
        return sorted(
            c for c in self.client.list_collections() if c.startswith(prefix) and not c.endswith(("_meta", SERVING))
        )

    def drop(self, name: str) -> None:
        for collection in (name, f"{name}_meta"):
            if self.client.has_collection(collection):
                self.client.drop_collection(collection)

    def rows(self, collection: str, fields: list[str]) -> Iterator[dict[str, Any]]:
        """Every row of a loaded build collection, in row order, page by page."""
        start = 0
        while True:
            page = self.client.query(
                collection, filter=f"row >= {start} and row < {start + BATCH}", output_fields=["row", *fields]
            )
            if not page:
                return
            yield from sorted(page, key=lambda r: r["row"])
            start += BATCH


def _serving_schema(client: Any) -> tuple[Any, Any]:
    from pymilvus import DataType

    schema = client.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("id", DataType.INT64, is_primary=True)
    schema.add_field("build", DataType.VARCHAR, max_length=256)
    schema.add_field("unused", DataType.FLOAT_VECTOR, dim=2)  # Milvus requires a vector field in every collection
    index = client.prepare_index_params()
    index.add_index(field_name="unused", index_type="FLAT", metric_type="L2")
    return schema, index
