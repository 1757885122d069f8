"""``wirewatch serve`` (the workspace and the API over the store) and ``wirewatch users``
(who may log in, with which role)."""

from __future__ import annotations

import sys

import click

from ..errors import WirewatchError
from .base import EXIT_FAILED, EXIT_USAGE, main
from .options import emit, format_option, load_settings, open_store, store_options

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@main.command()
@store_options
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
def serve(db: str | None, config: str | None, host: str, port: int) -> None:
    """Serve the web workspace and the JSON API over the store (http://HOST:PORT/; the API is
    described at /api/v1/docs). Reading is open; reviewing needs a login (`wirewatch users`)."""
    try:
        import uvicorn
    except ImportError:
        click.echo("error: serving needs the web extra: pip install 'wirewatch[web]'", err=True)
        sys.exit(EXIT_USAGE)
    from ..store.accounts import Accounts
    from ..web.app import create_app

    settings = load_settings(config, db=db)
    store = open_store(settings, create=True)  # fail now, clearly, if it cannot be opened
    has_admin = Accounts(store.backend).has_admin()
    store.close()
    loopback = host in LOOPBACK_HOSTS
    if not loopback and not has_admin:
        click.echo(
            f"error: --host {host} shares the store beyond this machine, which needs an admin "
            "user first: wirewatch users add NAME --role admin",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    if not loopback:
        click.echo(
            "note: session cookies are Secure (sent over HTTPS only): put a TLS reverse proxy "
            "in front",
            err=True,
        )
    click.echo(f"serving {settings.db} on http://{host}:{port}/", err=True)
    app = create_app(settings, secure_cookies=not loopback)
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=not loopback)


@main.group()
def users() -> None:
    """Who may log in to `wirewatch serve`, and with which role (viewer, reviewer, admin)."""


@users.command("add")
@click.argument("name")
@click.option(
    "--role",
    type=click.Choice(("viewer", "reviewer", "admin")),
    default="reviewer",
    show_default=True,
)
@click.option(
    "--password-stdin", is_flag=True, help="Read the password from standard input (scripts)."
)
@store_options
def users_add(
    name: str, role: str, password_stdin: bool, db: str | None, config: str | None
) -> None:
    """Create a user; the password is asked for twice (or read from stdin)."""
    from ..store.accounts import Accounts

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    store = open_store(load_settings(config, db=db), create=True)
    try:
        Accounts(store.backend).add(name, password, role)
    except WirewatchError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(f"added {name} ({role})", err=True)


@users.command("remove")
@click.argument("name")
@store_options
def users_remove(name: str, db: str | None, config: str | None) -> None:
    """Delete a user (their reviews stay, with their name)."""
    from ..store.accounts import Accounts

    store = open_store(load_settings(config, db=db))
    try:
        Accounts(store.backend).remove(name)
    except WirewatchError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(f"removed {name}", err=True)


@users.command("list")
@store_options
@format_option()
def users_list(db: str | None, config: str | None, output_format: str | None) -> None:
    """The users of the store and their roles."""
    from ..store.accounts import Accounts

    store = open_store(load_settings(config, db=db))
    emit(Accounts(store.backend).list(), output_format, ("name", "role", "created_at"))
