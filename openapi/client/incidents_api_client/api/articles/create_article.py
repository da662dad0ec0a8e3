from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article import Article
from ...models.article_in import ArticleIn
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ArticleIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/articles",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Article | Problem | None:
    if response.status_code == 202:
        response_202 = Article.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Article | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ArticleIn,
) -> Response[Article | Problem]:
    """Submit an article for extraction

     Store the article and queue its extraction (202). The same page posted again (its url with
    another case of scheme or host, a trailing slash, a fragment or tracking parameters such as utm_*,
    fbclid
    or gclid), or the same normalised text under any url, returns the stored article (200) without
    queueing
    it twice. Every answer says how far behind the queue is (X-Queue-Wait); past the service's limit it
    also
    carries Retry-After, a pause a crawler should take: nothing posted is refused for it.

    Args:
        body (ArticleIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Article | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ArticleIn,
) -> Article | Problem | None:
    """Submit an article for extraction

     Store the article and queue its extraction (202). The same page posted again (its url with
    another case of scheme or host, a trailing slash, a fragment or tracking parameters such as utm_*,
    fbclid
    or gclid), or the same normalised text under any url, returns the stored article (200) without
    queueing
    it twice. Every answer says how far behind the queue is (X-Queue-Wait); past the service's limit it
    also
    carries Retry-After, a pause a crawler should take: nothing posted is refused for it.

    Args:
        body (ArticleIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Article | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ArticleIn,
) -> Response[Article | Problem]:
    """Submit an article for extraction

     Store the article and queue its extraction (202). The same page posted again (its url with
    another case of scheme or host, a trailing slash, a fragment or tracking parameters such as utm_*,
    fbclid
    or gclid), or the same normalised text under any url, returns the stored article (200) without
    queueing
    it twice. Every answer says how far behind the queue is (X-Queue-Wait); past the service's limit it
    also
    carries Retry-After, a pause a crawler should take: nothing posted is refused for it.

    Args:
        body (ArticleIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Article | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ArticleIn,
) -> Article | Problem | None:
    """Submit an article for extraction

     Store the article and queue its extraction (202). The same page posted again (its url with
    another case of scheme or host, a trailing slash, a fragment or tracking parameters such as utm_*,
    fbclid
    or gclid), or the same normalised text under any url, returns the stored article (200) without
    queueing
    it twice. Every answer says how far behind the queue is (X-Queue-Wait); past the service's limit it
    also
    carries Retry-After, a pause a crawler should take: nothing posted is refused for it.

    Args:
        body (ArticleIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Article | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
