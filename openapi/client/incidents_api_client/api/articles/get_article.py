from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article import Article
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    article_id: int,
    *,
    wait: float | Unset = 0.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/articles/{article_id}".format(
            article_id=quote(str(article_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Article | Problem | None:
    if response.status_code == 200:
        response_200 = Article.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    article_id: int,
    *,
    client: AuthenticatedClient | Client,
    wait: float | Unset = 0.0,
) -> Response[Article | Problem]:
    """Get an article and its extraction status

     Status (queued, processing, done, failed), attempts, last error and extracted incident ids. Its
    incidents are saved in the transaction that makes it done, so they are readable as soon as it says
    so.
    With `wait`, an article still queued or processing is answered when it finishes or when the wait has
    passed, whichever comes first (a long-poll: one request instead of a poll every fraction of a
    second).

    Args:
        article_id (int): Article id.
        wait (float | Unset): Seconds to wait for the article to finish, 0 to 30 (default 0:
            answer at once). While it is queued or processing, the answer comes as soon as it is done
            or failed, else when this many seconds have passed; either way it is the article as it is
            then, and its status says which. A client waiting for an article asks again while the
            status is queued or processing, with a read timeout above the wait. Default: 0.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Article | Problem]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    article_id: int,
    *,
    client: AuthenticatedClient | Client,
    wait: float | Unset = 0.0,
) -> Article | Problem | None:
    """Get an article and its extraction status

     Status (queued, processing, done, failed), attempts, last error and extracted incident ids. Its
    incidents are saved in the transaction that makes it done, so they are readable as soon as it says
    so.
    With `wait`, an article still queued or processing is answered when it finishes or when the wait has
    passed, whichever comes first (a long-poll: one request instead of a poll every fraction of a
    second).

    Args:
        article_id (int): Article id.
        wait (float | Unset): Seconds to wait for the article to finish, 0 to 30 (default 0:
            answer at once). While it is queued or processing, the answer comes as soon as it is done
            or failed, else when this many seconds have passed; either way it is the article as it is
            then, and its status says which. A client waiting for an article asks again while the
            status is queued or processing, with a read timeout above the wait. Default: 0.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Article | Problem
    """

    return sync_detailed(
        article_id=article_id,
        client=client,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    article_id: int,
    *,
    client: AuthenticatedClient | Client,
    wait: float | Unset = 0.0,
) -> Response[Article | Problem]:
    """Get an article and its extraction status

     Status (queued, processing, done, failed), attempts, last error and extracted incident ids. Its
    incidents are saved in the transaction that makes it done, so they are readable as soon as it says
    so.
    With `wait`, an article still queued or processing is answered when it finishes or when the wait has
    passed, whichever comes first (a long-poll: one request instead of a poll every fraction of a
    second).

    Args:
        article_id (int): Article id.
        wait (float | Unset): Seconds to wait for the article to finish, 0 to 30 (default 0:
            answer at once). While it is queued or processing, the answer comes as soon as it is done
            or failed, else when this many seconds have passed; either way it is the article as it is
            then, and its status says which. A client waiting for an article asks again while the
            status is queued or processing, with a read timeout above the wait. Default: 0.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Article | Problem]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    article_id: int,
    *,
    client: AuthenticatedClient | Client,
    wait: float | Unset = 0.0,
) -> Article | Problem | None:
    """Get an article and its extraction status

     Status (queued, processing, done, failed), attempts, last error and extracted incident ids. Its
    incidents are saved in the transaction that makes it done, so they are readable as soon as it says
    so.
    With `wait`, an article still queued or processing is answered when it finishes or when the wait has
    passed, whichever comes first (a long-poll: one request instead of a poll every fraction of a
    second).

    Args:
        article_id (int): Article id.
        wait (float | Unset): Seconds to wait for the article to finish, 0 to 30 (default 0:
            answer at once). While it is queued or processing, the answer comes as soon as it is done
            or failed, else when this many seconds have passed; either way it is the article as it is
            then, and its status says which. A client waiting for an article asks again while the
            status is queued or processing, with a read timeout above the wait. Default: 0.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Article | Problem
    """

    return (
        await asyncio_detailed(
            article_id=article_id,
            client=client,
            wait=wait,
        )
    ).parsed
