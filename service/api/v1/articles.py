"""Articles: ingest and extraction status."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

import structlog
from litestar import Controller, Request, Response, delete, get, post
from litestar.datastructures import ResponseHeader, State
from litestar.openapi.spec import Example
from litestar.params import JSONBody, Parameter
from litestar.status_codes import HTTP_200_OK, HTTP_202_ACCEPTED, HTTP_204_NO_CONTENT

from service.api.v1.deps import Conn, connection
from service.auth import requires
from service.backlog import QUEUE_WAIT_HEADER, QueueLag, backlog_headers
from service.contract.schemas import Article, ArticleIn
from service.db.queries import articles, jobs
from service.errors import NotFound
from service.incidents import merge
from service.ingest import ingest
from service.waits import FINISHED, MAX_WAIT_S, ArticleWaits

ArticleId = Annotated[int, Parameter(ge=1, le=2**63 - 1, description="Article id.")]
WaitSeconds = Annotated[
    float,
    Parameter(
        ge=0,
        le=MAX_WAIT_S,
        description=f"Seconds to wait for the article to finish, 0 to {MAX_WAIT_S:g} (default 0: answer at once). "
        "While it is queued or processing, the answer comes as soon as it is done or failed, else when this many "
        "seconds have passed; either way it is the article as it is then, and its status says which. A client "
        "waiting for an article asks again while the status is queued or processing, with a read timeout above "
        "the wait.",
        examples=[Example(value=10)],
    ),
]
UNFINISHED_CACHE_CONTROL = "no-cache"
"""An article still queued or processing is about to change: a cache revalidates it (its ETag) before reusing it."""

_QUEUE_WAIT_HEADERS = [
    ResponseHeader(
        name=QUEUE_WAIT_HEADER,
        description="How far behind the extraction queue is: seconds the oldest queued article has waited for a "
        "worker (read at most once a second). An article posted now is likely to wait about as long.",
        documentation_only=True,
        required=True,
        example="12.5",
    ),
    ResponseHeader(
        name="Retry-After",
        description="Sent only when the queue is further behind than the service's limit (QUEUE_WAIT_LIMIT_SECONDS, "
        "30 s by default): the article is accepted all the same, and a crawler should pause this many seconds "
        "before posting more.",
        documentation_only=True,
        required=False,
        example="45",
    ),
]


class ArticleController(Controller):
    path = "/articles"
    tags = ["articles"]

    @post(
        "/",
        guards=[requires("write")],
        operation_id="createArticle",
        summary="Submit an article for extraction",
        status_code=HTTP_202_ACCEPTED,
        response_headers=_QUEUE_WAIT_HEADERS,
        responses={},
    )
    async def create(
        self, request: Request[Any, Any, State], state: State, conn: Conn, data: JSONBody[ArticleIn]
    ) -> Response[Article]:
        """Store the article and queue its extraction (202). The same page posted again (its url with
        another case of scheme or host, a trailing slash, a fragment or tracking parameters such as utm_*, fbclid
        or gclid), or the same normalised text under any url, returns the stored article (200) without queueing
        it twice. Every answer says how far behind the queue is (X-Queue-Wait); past the service's limit it also
        carries Retry-After, a pause a crawler should take: nothing posted is refused for it."""
        article_id, created = await ingest(
            conn,
            data,
            max_attempts=state.settings.job_max_attempts,
            api_key_id=request.state.get("api_key_id"),
            request_id=_request_id(),
            default_language=state.settings.default_language,
        )
        article = await articles.get(conn, article_id)
        assert article is not None
        lag: QueueLag = state.queue_lag
        headers = backlog_headers(await lag.age(conn), state.settings.queue_wait_limit_s)
        return Response(
            article,
            status_code=HTTP_202_ACCEPTED if created else HTTP_200_OK,
            headers={"Location": f"/v1/articles/{article_id}", **headers},
        )

    @post(
        "/{article_id:int}/reprocess",
        guards=[requires("admin")],
        operation_id="reprocessArticle",
        summary="Extract an article again",
        status_code=HTTP_202_ACCEPTED,
    )
    async def reprocess(self, conn: Conn, article_id: ArticleId) -> Article:
        """Queue a done or failed article for extraction again (after a pipeline or gazetteer update).
        An article still queued or being processed is left as it is."""
        await jobs.requeue_article(conn, article_id, _request_id())
        article = await articles.get(conn, article_id)
        if article is None:
            raise NotFound(f"article {article_id} does not exist")
        return article

    @get("/{article_id:int}", operation_id="getArticle", summary="Get an article and its extraction status")
    async def get_one(self, state: State, article_id: ArticleId, wait: WaitSeconds = 0) -> Response[Article]:
        """Status (queued, processing, done, failed), attempts, last error and extracted incident ids. Its
        incidents are saved in the transaction that makes it done, so they are readable as soon as it says so.
        With `wait`, an article still queued or processing is answered when it finishes or when the wait has
        passed, whichever comes first (a long-poll: one request instead of a poll every fraction of a second)."""
        if wait <= 0:
            return _answer(await _read(state, article_id))
        waits: ArticleWaits = state.article_waits
        with waits.watching(article_id) as finished:  # before the read: a finish committed after it wakes us
            article = await _read(state, article_id)
            if article.status in FINISHED:
                return _answer(article)
            await asyncio.wait([finished], timeout=wait)  # holding no database connection
        return _answer(await _read(state, article_id))

    @delete(
        "/{article_id:int}",
        guards=[requires("admin")],
        operation_id="withdrawArticle",
        summary="Withdraw an article and its contributions",
        status_code=HTTP_204_NO_CONTENT,
    )
    async def withdraw(self, conn: Conn, article_id: ArticleId) -> None:
        """Delete the article and its reports: every incident it reported is derived again from the reports of
        other articles, and one that only this article reported is deleted. A worker extracting the article at
        the time finishes first, or no longer owns its job."""
        async with conn.transaction():
            if not await articles.lock(conn, article_id):
                raise NotFound(f"article {article_id} does not exist")
            await merge.withdraw(conn, article_id)
            await articles.delete(conn, article_id)


async def _read(state: State, article_id: int) -> Article:
    async with connection(state) as conn:
        article = await articles.get(conn, article_id)
    if article is None:
        raise NotFound(f"article {article_id} does not exist")
    return article


def _answer(article: Article) -> Response[Article]:
    if article.status in FINISHED:
        return Response(article)
    return Response(article, headers={"Cache-Control": UNFINISHED_CACHE_CONTROL})


def _request_id() -> str | None:
    """The id of the request being served (see `service.middleware.request_logging`)."""
    value = structlog.contextvars.get_contextvars().get("request_id")
    return str(value) if value else None
