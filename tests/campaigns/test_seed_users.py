from typing import Any

import pytest
from django.core.management import call_command

from campaigns.models import Contact

pytestmark = pytest.mark.django_db


def snapshot() -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (c.name, c.email, tuple(sorted(t.name for t in c.tags.all())))
        for c in Contact.objects.prefetch_related("tags").order_by("email")
    ]


def test_demo_contacts_are_deterministic_and_idempotent() -> None:
    call_command("seed_users", "--seed", "42")
    first = snapshot()
    assert len(first) == 20
    vip = sum("vip" in tags for _, _, tags in first)
    assert 6 <= vip <= 10, "about 40% vip"
    assert any("tw" in tags for _, _, tags in first)
    assert any("jp" in tags for _, _, tags in first)
    call_command("seed_users", "--seed", "42")
    assert snapshot() == first
    Contact.objects.all().delete()
    call_command("seed_users", "--seed", "42")
    assert snapshot() == first


def test_if_empty_and_large_counts(django_assert_max_num_queries: Any) -> None:
    call_command("seed_users", "--if-empty")
    call_command("seed_users", "--if-empty", "--count", "500")
    assert Contact.objects.count() == 20
    # Batched inserts (SQLite caps a statement at 999 parameters): about one query per 100 rows.
    with django_assert_max_num_queries(12000 // 50):
        call_command("seed_users", "--count", "12000")
    assert Contact.objects.count() == 12000
