"""Set-based writes the ORM does not express well: many rows in one statement, on SQLite and
PostgreSQL alike. (Django's bulk_update builds a CASE per row and field: ~8 ms per message.)"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.db import connection

# PostgreSQL types a VALUES list from its first row; parameters arrive untyped, so say it.
_PG_CASTS = {"bigint": "::bigint", "int": "::integer", "text": "::text", "timestamp": "::timestamptz"}


def _adapt(value: Any) -> Any:
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    return value


def rows_insert(*, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """INSERT many rows with one prepared statement (executemany)."""
    if not rows:
        return
    placeholders = ", ".join(["%s"] * len(columns))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})",
            [[_adapt(value) for value in row] for row in rows],
        )


def rows_update_returning(
    *,
    table: str,
    columns: dict[str, str],
    rows: Sequence[Sequence[Any]],
    fixed: str,
    where: str,
    params: Sequence[Any],
) -> list[int]:
    """UPDATE many rows, each with its own values, in one statement; returns the ids changed.

    `columns` maps column name to type (first one is the id), `rows` holds values in that
    order, `fixed` is extra `SET` clauses and `where` extra conditions on the target table.
    """
    names = list(columns)
    if connection.vendor == "postgresql":
        cell = [f"%s{_PG_CASTS[kind]}" for kind in columns.values()]
    else:
        cell = ["%s"] * len(columns)
    assignments = ", ".join(f"{name} = v.{name}" for name in names[1:])
    # Stay well under the parameter limits (SQLite 32,766; PostgreSQL 65,535) whatever BATCH_SIZE is.
    per_statement = max(1, 20_000 // len(names))
    changed: list[int] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            values = ", ".join(f"({', '.join(cell)})" for _ in chunk)
            sql = (
                f"WITH v ({', '.join(names)}) AS (VALUES {values}) "
                f"UPDATE {table} SET {assignments}, {fixed} FROM v "
                f"WHERE {table}.{names[0]} = v.{names[0]} AND {where} RETURNING {table}.{names[0]}"
            )
            cursor.execute(sql, [*(_adapt(value) for row in chunk for value in row), *params])
            changed.extend(row[0] for row in cursor.fetchall())
    return changed
