"""The embedded (server-less) broker: kombu's SQLAlchemy transport on a SQLite file.

kombu's transport polls its table once a second and hands every transport option to
SQLAlchemy, so its polling interval cannot be set. This subclass polls every 0.1 s, which
keeps a newcomer's first campaign (and the test suite) from waiting a second per task.
It is registered as the `herald-sqla` scheme: `herald-sqla+sqlite:///path/broker.sqlite3`.
Like any on-disk kombu broker it may lose an in-flight task on a crash; the sweeper re-sends.
"""

from kombu.transport import TRANSPORT_ALIASES
from kombu.transport import sqlalchemy as kombu_sqlalchemy

SCHEME = "herald-sqla"


class Transport(kombu_sqlalchemy.Transport):
    polling_interval = 0.1


def register() -> None:
    TRANSPORT_ALIASES.setdefault(SCHEME, f"{__name__}:Transport")
