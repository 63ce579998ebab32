"""The pipeline's services called directly (the broker replaced by a list of published ids)."""

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any
from unittest import mock

import pytest
from django.test import override_settings
from django.utils import timezone

from campaigns.models import Campaign, Contact
from campaigns.services import campaign_send
from messaging.models import Event, Message, MockDelivery
from messaging.services import (
    campaign_finish_if_done,
    campaign_materialise,
    messages_claim,
    messages_deliver,
    messages_sweep,
    retry_delay,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def published() -> Iterator[list[list[int]]]:
    batches: list[list[int]] = []
    with (
        mock.patch("messaging.tasks.deliver_batch.apply_async", side_effect=lambda args, **_: batches.append(args[0])),
        mock.patch("messaging.tasks.materialise_campaign.delay"),
    ):
        yield batches


@pytest.fixture
def sending_campaign(
    make_audience: Callable[..., list[int]], make_campaign: Callable[..., Campaign], published: list[list[int]]
) -> Campaign:
    make_audience(120)
    campaign = make_campaign()
    campaign_send(campaign_id=campaign.pk)
    return campaign


@override_settings(MATERIALISE_CHUNK=50, BATCH_SIZE=20)
def test_materialise_is_set_based_resumable_and_publishes_batches(
    sending_campaign: Campaign, published: list[list[int]], django_assert_max_num_queries: Any,
    make_contact: Callable[..., Contact],
) -> None:  # fmt: skip
    make_contact(tags=("vip",), unsubscribed=True)
    with django_assert_max_num_queries(40):  # 3 chunks: a handful of statements each, none per row
        assert campaign_materialise(campaign_id=sending_campaign.pk) == 120
    ids = [i for batch in published for i in batch]
    assert sorted(ids) == sorted(Message.objects.values_list("pk", flat=True))
    assert max(len(batch) for batch in published) == 20
    assert Event.objects.filter(kind="queued").count() == 120
    campaign = Campaign.objects.get(pk=sending_campaign.pk)
    assert campaign.materialised_at is not None
    assert campaign.audience_size == 120
    keys = set(Message.objects.values_list("idempotency_key", flat=True))
    assert len(keys) == 120
    assert all(k.startswith(f"herald-{campaign.pk}-") for k in keys)

    # A repeated run (a redelivered task, or the sweeper) creates nothing more.
    Campaign.objects.filter(pk=campaign.pk).update(materialised_at=None, materialised_through=0)
    assert campaign_materialise(campaign_id=campaign.pk) == 0
    assert Message.objects.count() == 120


def test_query_count_does_not_grow_with_the_audience(
    make_audience: Callable[..., list[int]], make_campaign: Callable[..., Campaign], published: list[list[int]],
    django_assert_max_num_queries: Any,
) -> None:  # fmt: skip
    make_audience(30)
    small = make_campaign()
    campaign_send(campaign_id=small.pk)
    make_audience(600)
    large = make_campaign(name="Large")
    campaign_send(campaign_id=large.pk)
    with django_assert_max_num_queries(16):
        campaign_materialise(campaign_id=small.pk)
    with django_assert_max_num_queries(16):
        campaign_materialise(campaign_id=large.pk)


def test_a_claim_is_taken_once(sending_campaign: Campaign, published: list[list[int]]) -> None:
    campaign_materialise(campaign_id=sending_campaign.pk)
    ids = list(Message.objects.values_list("pk", flat=True)[:10])
    _token, first = messages_claim(message_ids=ids)
    assert len(first) == 10
    assert messages_claim(message_ids=ids)[1] == [], "a duplicate task claims nothing"
    later = timezone.now() + timedelta(hours=1)
    _, again = messages_claim(message_ids=ids, now=later)
    assert len(again) == 10, "an expired claim (dead worker) can be taken over"


# The mock provider records through its own connection, as an outside service would: these
# tests commit for real so that connection sees the rows.
@pytest.mark.django_db(transaction=True, databases=["default", "provider"])
@override_settings(RATE_PER_SEC=0, MOCK_FAILURE_RATE=0)
def test_deliver_sends_records_and_finishes(sending_campaign: Campaign, published: list[list[int]]) -> None:
    campaign_materialise(campaign_id=sending_campaign.pk)
    for batch in list(published):
        messages_deliver(message_ids=batch)
    assert Message.objects.filter(status="sent").count() == 120
    assert MockDelivery.objects.count() == 120
    assert Campaign.objects.get(pk=sending_campaign.pk).status == "sent"
    report = messages_deliver(message_ids=published[0])
    assert report.claimed == 0
    assert MockDelivery.objects.filter(requests__gt=1).count() == 0


@pytest.mark.django_db(transaction=True, databases=["default", "provider"])
@override_settings(RATE_PER_SEC=0, MOCK_FAILURE_RATE=1, MAX_ATTEMPTS=3, RETRY_BASE_SEC=0, RETRY_MAX_SEC=0)
def test_transient_failures_retry_then_fail(sending_campaign: Campaign, published: list[list[int]]) -> None:
    campaign_materialise(campaign_id=sending_campaign.pk)
    queue = list(published)
    published.clear()
    rounds = 0
    while queue:
        rounds += 1
        for batch in queue:
            messages_deliver(message_ids=batch)
        queue, published[:] = list(published), []
    assert rounds == 3
    assert set(Message.objects.values_list("status", "attempts")) == {("failed", 3)}
    assert Campaign.objects.get(pk=sending_campaign.pk).status == "sent"


@override_settings(RETRY_BASE_SEC=2, RETRY_MAX_SEC=60)
def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    for attempt, ceiling in [(1, 2), (2, 4), (3, 8), (10, 60)]:
        delays = [retry_delay(attempt) for _ in range(200)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 100, "jittered"


@override_settings(DISPATCH_TIMEOUT_SEC=60, CLAIM_TIMEOUT_SEC=60)
def test_sweeper_republishes_only_what_no_worker_holds(sending_campaign: Campaign, published: list[list[int]]) -> None:
    campaign_materialise(campaign_id=sending_campaign.pk)
    published.clear()
    assert messages_sweep().republished == 0, "freshly dispatched rows are left alone"

    ids = list(Message.objects.values_list("pk", flat=True)[:5])
    messages_claim(message_ids=ids)
    later = timezone.now() + timedelta(minutes=5)
    report = messages_sweep(now=later)
    assert report.republished == 120
    assert report.expired_claims == 5
    assert sorted(i for batch in published for i in batch) == sorted(Message.objects.values_list("pk", flat=True))
    published.clear()
    assert messages_sweep(now=later).republished == 0, "and only once per timeout"


def test_sweeper_restarts_a_stuck_materialisation(
    make_audience: Callable[..., list[int]], make_campaign: Callable[..., Campaign]
) -> None:
    make_audience(3)
    campaign = make_campaign()
    with mock.patch("messaging.tasks.materialise_campaign.delay") as delay:
        campaign_send(campaign_id=campaign.pk)
        messages_sweep()
        assert delay.call_count == 0
        messages_sweep(now=timezone.now() + timedelta(hours=1))
        delay.assert_called_once_with(campaign.pk)


def test_finish_waits_for_materialisation_and_unfinished_messages(
    sending_campaign: Campaign, published: list[list[int]]
) -> None:
    assert not campaign_finish_if_done(campaign_id=sending_campaign.pk), "not materialised yet"
    campaign_materialise(campaign_id=sending_campaign.pk)
    assert not campaign_finish_if_done(campaign_id=sending_campaign.pk)
    Message.objects.update(status="sent")
    assert campaign_finish_if_done(campaign_id=sending_campaign.pk)
    assert not campaign_finish_if_done(campaign_id=sending_campaign.pk), "only once"


def test_an_empty_audience_finishes_at_once(make_campaign: Callable[..., Campaign], published: list[list[int]]) -> None:
    campaign = make_campaign(segment_rule="nobody")
    assert campaign_send(campaign_id=campaign.pk).audience_size == 0
    campaign_materialise(campaign_id=campaign.pk)
    assert Campaign.objects.get(pk=campaign.pk).status == "sent"


@override_settings(MAX_ATTEMPTS=3, CLAIM_TIMEOUT_SEC=60)
def test_a_message_whose_worker_always_dies_ends_failed(sending_campaign: Campaign, published: list[list[int]]) -> None:
    campaign_materialise(campaign_id=sending_campaign.pk)
    message_id = Message.objects.order_by("pk").values_list("pk", flat=True)[0]
    now = timezone.now()
    for takeover in range(3):  # the first claim, then two take-overs after the claim expired
        _, claimed = messages_claim(message_ids=[message_id], now=now)
        assert [m.pk for m in claimed] == [message_id]
        assert claimed[0].attempts == takeover
        now += timedelta(minutes=5)
    assert messages_claim(message_ids=[message_id], now=now)[1] == [], "no attempts left to take over"
    report = messages_sweep(now=now)
    assert report.abandoned == 1
    message = Message.objects.get(pk=message_id)
    assert (message.status, message.attempts) == ("failed", 3)
    assert "stopped while sending" in message.last_error


@override_settings(DISPATCH_TIMEOUT_SEC=60, RATE_PER_SEC=1)
def test_a_rate_limited_backlog_is_not_mistaken_for_lost_work(
    sending_campaign: Campaign, published: list[list[int]]
) -> None:
    campaign_materialise(campaign_id=sending_campaign.pk)
    published.clear()
    # 120 queued messages at 1/s take ~120 s to drain: after 200 s they are still legitimately queued.
    assert messages_sweep(now=timezone.now() + timedelta(seconds=200)).republished == 0
    assert messages_sweep(now=timezone.now() + timedelta(seconds=300)).republished == 120, "but not for ever"
    with override_settings(RATE_PER_SEC=0):
        published.clear()
        Message.objects.update(dispatched_at=timezone.now() - timedelta(seconds=200))
        assert messages_sweep().republished == 120, "unlimited: only DISPATCH_TIMEOUT counts"


@pytest.mark.django_db(transaction=True)
def test_concurrent_claims_of_the_same_messages_never_overlap(
    make_audience: Callable[..., list[int]], make_campaign: Callable[..., Campaign], published: list[list[int]]
) -> None:
    """Two workers handed the same batch at the same moment (a duplicate task, a sweeper)."""
    import threading

    from django.db import connection

    make_audience(300)
    campaign = make_campaign()
    campaign_send(campaign_id=campaign.pk)
    campaign_materialise(campaign_id=campaign.pk)
    ids = list(Message.objects.values_list("pk", flat=True))
    for _ in range(5):
        Message.objects.update(status="queued", claim_token="", claimed_until=None)
        start = threading.Barrier(2)
        results: list[set[int]] = []

        def claim(start: threading.Barrier = start, results: list[set[int]] = results) -> None:
            try:
                start.wait()
                results.append({m.pk for m in messages_claim(message_ids=ids)[1]})
            finally:
                connection.close()

        threads = [threading.Thread(target=claim) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(results) == 2
        assert results[0] & results[1] == set(), "no message is claimed by both"
        assert results[0] | results[1] == set(ids)


def test_a_message_whose_claim_ran_out_is_handed_back_unsent_and_uncounted(
    sending_campaign: Campaign, published: list[list[int]]
) -> None:
    from messaging.services import DeliveryReport, _record, _send_one

    campaign_materialise(campaign_id=sending_campaign.pk)
    message_id = Message.objects.order_by("pk").values_list("pk", flat=True)[0]
    token, [message] = messages_claim(message_ids=[message_id])
    message.claimed_until = timezone.now() - timedelta(seconds=1)  # the worker waited too long
    outcome = _send_one(message, "Hi", send_at=0)
    assert outcome.skipped
    report = DeliveryReport()
    _record(token, [outcome], report)
    stored = Message.objects.get(pk=message_id)
    assert (stored.status, stored.attempts) == ("retrying", 0)
    assert report.retry_ids == [message_id]
    assert not MockDelivery.objects.exists(), "the provider was never called"
