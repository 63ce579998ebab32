"""RATE_PER_SEC as one send rate for the whole system, shared by every worker on every machine.

A single database row holds the next free send slot. A worker reserves `count` consecutive
slots with one atomic UPDATE and sends each message at its slot, so the combined rate of all
workers is the configured rate (Celery's own rate_limit is per worker process).
"""

import time

from django.db import connection

TABLE = "messaging_ratelimiter"


def rate_reserve(*, count: int, rate_per_sec: float, name: str = "provider") -> float:
    """Reserve `count` send slots; returns the epoch second of the first. Slots are 1/rate apart."""
    span = count / rate_per_sec
    now = time.time()
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {TABLE} SET next_free_at = (CASE WHEN next_free_at > %s THEN next_free_at ELSE %s END) + %s"
            " WHERE name = %s RETURNING next_free_at",
            [now, now, span, name],
        )
        row = cursor.fetchone()
        if row is None:
            cursor.execute(
                f"INSERT INTO {TABLE} (name, next_free_at) VALUES (%s, %s) ON CONFLICT (name) DO NOTHING",
                [name, 0.0],
            )
            return rate_reserve(count=count, rate_per_sec=rate_per_sec, name=name)
    return float(row[0]) - span
