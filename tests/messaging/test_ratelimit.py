import time

import pytest

from messaging.ratelimit import rate_reserve

pytestmark = pytest.mark.django_db


def test_reservations_are_consecutive_slots_at_the_rate() -> None:
    before = time.time()
    first = rate_reserve(count=10, rate_per_sec=50)
    second = rate_reserve(count=5, rate_per_sec=50)
    third = rate_reserve(count=1, rate_per_sec=50)
    assert before <= first <= time.time()
    assert second == pytest.approx(first + 10 / 50)
    assert third == pytest.approx(second + 5 / 50)


def test_an_idle_bucket_does_not_bank_a_burst() -> None:
    rate_reserve(count=1, rate_per_sec=1000, name="idle")
    time.sleep(0.05)
    start = rate_reserve(count=1, rate_per_sec=1000, name="idle")
    assert start == pytest.approx(time.time(), abs=0.05)


def test_buckets_are_independent_by_name() -> None:
    a = rate_reserve(count=100, rate_per_sec=10, name="a")
    b = rate_reserve(count=1, rate_per_sec=10, name="b")
    assert b == pytest.approx(a, abs=0.5)
