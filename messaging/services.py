"""The send pipeline (DESIGN.md §3): materialise, claim, deliver, record, sweep, finish.

Every state change is one conditional UPDATE that says how many rows moved, so a redelivered
or duplicated task, or two sweepers, change nothing twice. The database is the source of
truth: tasks carry ids, and the sweeper re-publishes whatever no worker holds.
"""

import logging
import random
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Case, CharField, DateTimeField, Exists, F, IntegerField, OuterRef, Q, Value, When
from django.db.models.functions import Cast, Concat
from django.template import Template
from django.utils import timezone

from campaigns.models import Campaign, Contact
from campaigns.rendering import TemplateError, contact_context, template_compile, template_render
from campaigns.segments import segment_contacts
from messaging.latency import latency_bucket
from messaging.models import Event, LatencyBucket, Message
from messaging.providers import OutgoingMessage, ProviderError, provider_get
from messaging.ratelimit import rate_reserve
from messaging.sql import rows_insert, rows_update_returning

logger = logging.getLogger(__name__)

Status = Message.Status


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


EVENT_COLUMNS = ("message_id", "campaign_id", "kind", "attempt", "detail", "created_at")


def events_add(rows: Sequence[tuple[int, int, str, int, str, datetime]]) -> None:
    """Append events (message_id, campaign_id, kind, attempt, detail, created_at) in one statement."""
    rows_insert(table=Event._meta.db_table, columns=EVENT_COLUMNS, rows=rows)


def messages_publish(*, message_ids: Sequence[int], countdown: float = 0) -> None:
    """Hand message ids to the broker in batches (one task per batch, never one per message)."""
    from messaging.tasks import deliver_batch

    for batch in _chunks(message_ids, settings.BATCH_SIZE):
        if countdown > 0:
            deliver_batch.apply_async((batch,), countdown=countdown)
        else:
            deliver_batch.apply_async((batch,))


# --- Materialise ------------------------------------------------------------------------------


def _insert_messages_sql(
    *, campaign: Campaign, after_id: int, through_id: int | None, now: datetime
) -> tuple[str, Any]:
    """INSERT … SELECT of one contact-id range of the audience, skipping rows that exist."""
    contacts = segment_contacts(campaign.segment_rule).filter(pk__gt=after_id)
    if through_id is not None:
        contacts = contacts.filter(pk__lte=through_id)
    columns = {
        "campaign_id": Value(campaign.pk, output_field=IntegerField()),
        "contact_id": F("pk"),
        "idempotency_key": Concat(Value(f"herald-{campaign.pk}-"), Cast("pk", output_field=CharField())),
        "status": Value(Status.QUEUED.value),
        "attempts": Value(0, output_field=IntegerField()),
        "next_attempt_at": Value(now, output_field=DateTimeField()),
        "dispatched_at": Value(now, output_field=DateTimeField()),
        "created_at": Value(now, output_field=DateTimeField()),
        "claim_token": Value(""),
        "last_error": Value(""),
        "body": Value(""),
        "provider_message_id": Value(""),
    }
    aliases = {f"m_{name}": expression for name, expression in columns.items()}
    select = contacts.order_by().annotate(**aliases).values_list(*aliases)
    select_sql, params = select.query.sql_with_params()
    table = Message._meta.db_table
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) {select_sql}"
        " ON CONFLICT (campaign_id, contact_id) DO NOTHING RETURNING id"
    )
    return sql, params


def campaign_materialise(*, campaign_id: int) -> int:
    """Create the campaign's message rows set-based, chunk by chunk, and publish them.

    Resumable: progress is kept in `materialised_through`, and rows that already exist are
    skipped, so a crashed or repeated run completes the work without duplicates.
    """
    campaign = Campaign.objects.filter(pk=campaign_id, status=Campaign.Status.SENDING).first()
    if campaign is None or campaign.materialised_at is not None:
        return 0
    first_contact_id = Contact.objects.order_by("pk").values_list("pk", flat=True).first() or 1
    last_contact_id = Contact.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    after_id = max(campaign.materialised_through, first_contact_id - 1)
    created = 0
    while True:
        # Chunks are ranges of contact ids, so each one is an index range scan of the contacts.
        # The last chunk is open-ended: it also takes contacts created since we started.
        through_id = (
            after_id + settings.MATERIALISE_CHUNK if after_id + settings.MATERIALISE_CHUNK < last_contact_id else None
        )
        now = timezone.now()
        with transaction.atomic():
            sql, params = _insert_messages_sql(campaign=campaign, after_id=after_id, through_id=through_id, now=now)
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                new_ids = [row[0] for row in cursor.fetchall()]
                if new_ids:
                    # The rows this statement created: this campaign's, in this id range, stamped now.
                    cursor.execute(
                        f"INSERT INTO {Event._meta.db_table} ({', '.join(EVENT_COLUMNS)})"
                        f" SELECT id, campaign_id, %s, 0, '', created_at FROM {Message._meta.db_table}"
                        " WHERE id BETWEEN %s AND %s AND campaign_id = %s AND created_at = %s",
                        [Event.Kind.QUEUED.value, min(new_ids), max(new_ids), campaign.pk,
                         connection.ops.adapt_datetimefield_value(now)],
                    )  # fmt: skip
            progress: dict[str, Any] = {"updated_at": now}
            if through_id is not None:
                progress["materialised_through"] = through_id
            else:
                progress["materialised_at"] = now
                progress["audience_size"] = Message.objects.filter(campaign_id=campaign.pk).count()
            Campaign.objects.filter(pk=campaign.pk).update(**progress)
        messages_publish(message_ids=sorted(new_ids))
        created += len(new_ids)
        if through_id is None:
            break
        after_id = through_id
    logger.info("campaign %s materialised: %s new messages", campaign.pk, created)
    campaign_finish_if_done(campaign_id=campaign.pk)
    return created


# --- Deliver ----------------------------------------------------------------------------------


@dataclass
class _Outcome:
    message: Message
    provider_message_id: str = ""
    error: str = ""
    permanent: bool = False
    finished_at: datetime | None = None
    skipped: bool = False  # not sent at all: no attempt is counted

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass
class DeliveryReport:
    claimed: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    retry_ids: list[int] = field(default_factory=list)
    retry_due: datetime | None = None


CLAIMED_FIELDS = (
    "campaign_id", "idempotency_key", "attempts", "created_at", "dispatched_at", "body", "claimed_until",
    "contact__name", "contact__email", "contact__phone", "contact__attributes",
)  # fmt: skip


def messages_claim(*, message_ids: Sequence[int], now: datetime | None = None) -> tuple[str, list[Message]]:
    """Atomically take the given messages that are due and not held by a live claim.

    A redelivered or duplicated task finds nothing to claim and so sends nothing.
    """
    now = now or timezone.now()
    token = uuid.uuid4().hex
    due = Q(status__in=[Status.QUEUED, Status.RETRYING]) & (
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )
    # Taking over an expired claim counts the lost attempt, so a message whose worker dies
    # every time (a poison message) runs out of attempts instead of looping for ever.
    expired = Q(status=Status.SENDING, claimed_until__lt=now, attempts__lt=settings.MAX_ATTEMPTS - 1)
    # Exists, not a join: with a join Django moves every condition into an `id IN (subquery)`,
    # and PostgreSQL re-checks only that stale subquery after waiting on a row lock, so two
    # claims of the same rows would both succeed.
    sending = Exists(Campaign.objects.filter(pk=OuterRef("campaign_id"), status=Campaign.Status.SENDING))
    claimed = Message.objects.filter(due | expired, sending, pk__in=list(message_ids)).update(
        attempts=Case(
            When(status=Status.SENDING, then=F("attempts") + 1), default=F("attempts"), output_field=IntegerField()
        ),
        status=Status.SENDING,
        claim_token=token,
        claimed_until=now + timedelta(seconds=settings.CLAIM_TIMEOUT_SEC),
    )
    if not claimed:
        return token, []
    messages = list(
        Message.objects.filter(claim_token=token, pk__in=list(message_ids))
        .select_related("contact")
        .only(*CLAIMED_FIELDS)
        .order_by("pk")
    )
    # A batch nearly always belongs to one campaign: load it once, not once per row.
    campaigns = Campaign.objects.only("template", "subject").in_bulk({m.campaign_id for m in messages})
    for message in messages:
        message.campaign = campaigns[message.campaign_id]
    return token, messages


def _contact_tags(contact_ids: Iterable[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = defaultdict(list)
    rows = Contact.tags.through.objects.filter(contact_id__in=list(contact_ids)).values_list("contact_id", "tag__name")
    for contact_id, name in rows:
        tags[contact_id].append(name)
    return tags


def _render_bodies(messages: list[Message]) -> dict[int, str | TemplateError]:
    """Render each body; the template is compiled once per campaign in the batch."""
    templates: dict[int, Template | TemplateError] = {}
    tags = _contact_tags(m.contact_id for m in messages)
    bodies: dict[int, str | TemplateError] = {}
    for message in messages:
        campaign = message.campaign
        if campaign.pk not in templates:
            try:
                templates[campaign.pk] = template_compile(campaign.template)
            except TemplateError as error:
                templates[campaign.pk] = error
        template = templates[campaign.pk]
        if isinstance(template, TemplateError):
            bodies[message.pk] = template
            continue
        contact = message.contact
        context = contact_context(
            name=contact.name,
            email=contact.email,
            phone=contact.phone,
            tags=tags.get(contact.pk, []),
            attributes=contact.attributes,
        )
        try:
            bodies[message.pk] = template_render(template, context)
        except TemplateError as error:  # fails this message only, permanently
            bodies[message.pk] = error
    return bodies


CLAIM_MARGIN = timedelta(seconds=5)
_executor: ThreadPoolExecutor | None = None


def _provider_executor() -> ThreadPoolExecutor:
    # Created lazily so each forked worker process gets its own threads.
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=settings.PROVIDER_CONCURRENCY, thread_name_prefix="provider")
    return _executor


def _send_one(message: Message, body: str, send_at: float) -> _Outcome:
    delay = send_at - time.time()
    if delay > 0:
        time.sleep(delay)
    margin = min(CLAIM_MARGIN, timedelta(seconds=settings.CLAIM_TIMEOUT_SEC / 10))
    if message.claimed_until is not None and timezone.now() >= message.claimed_until - margin:
        # Our claim ran out (a slow provider, a long wait for a send slot): another worker may
        # hold the message now, so sending it here could deliver it twice. Hand it back unsent.
        return _Outcome(message=message, error="claim ran out before sending", skipped=True)
    outgoing = OutgoingMessage(
        message_id=message.pk,
        idempotency_key=message.idempotency_key,
        recipient=message.contact.email,
        recipient_name=message.contact.name,
        subject=message.campaign.subject,
        body=body,
    )
    try:
        result = provider_get().send(outgoing)
    except ProviderError as error:
        return _Outcome(message=message, error=str(error) or type(error).__name__, permanent=error.permanent)
    except Exception as error:  # an unexpected provider bug must not lose the batch's other results
        logger.exception("provider raised for message %s", message.pk)
        return _Outcome(message=message, error=f"{type(error).__name__}: {error}")
    return _Outcome(message=message, provider_message_id=result.provider_message_id, finished_at=timezone.now())


def _send_all(messages: list[Message], bodies: dict[int, str | TemplateError]) -> list[_Outcome]:
    outcomes: list[_Outcome] = []
    sendable: list[Message] = []
    for message in messages:
        body = bodies[message.pk]
        if isinstance(body, TemplateError):
            outcomes.append(_Outcome(message=message, error=str(body), permanent=True))
        else:
            message.body = body
            sendable.append(message)
    if not sendable:
        return outcomes
    rate = settings.RATE_PER_SEC
    if rate > 0:
        first_slot = rate_reserve(count=len(sendable), rate_per_sec=rate)
        slots = [first_slot + index / rate for index in range(len(sendable))]
    else:
        slots = [0.0] * len(sendable)
    executor = _provider_executor()
    futures = [executor.submit(_send_one, m, m.body, slot) for m, slot in zip(sendable, slots, strict=True)]
    outcomes.extend(future.result() for future in futures)
    return outcomes


def retry_delay(attempt: int) -> float:
    """Exponential backoff with jitter: base·2^(attempt-1), capped, then between half and all of it."""
    ceiling = min(settings.RETRY_MAX_SEC, settings.RETRY_BASE_SEC * (2 ** (attempt - 1)))
    return ceiling / 2 + random.uniform(0, ceiling / 2)


RESULT_COLUMNS = {
    "id": "bigint",
    "status": "text",
    "attempts": "int",
    "sent_at": "timestamp",
    "provider_message_id": "text",
    "last_error": "text",
    "next_attempt_at": "timestamp",
    "dispatched_at": "timestamp",
    "body": "text",
}


def _record(token: str, outcomes: list[_Outcome], report: DeliveryReport) -> None:
    """Write a chunk's results in one UPDATE, only for rows this claim still holds."""
    now = timezone.now()
    rows: list[tuple[Any, ...]] = []
    events: dict[int, tuple[int, int, str, int, str, datetime]] = {}
    latencies: dict[int, tuple[int, int]] = {}
    for outcome in outcomes:
        message = outcome.message
        attempt = message.attempts + 1
        row: tuple[Any, ...]
        if outcome.skipped:
            attempt = message.attempts
            row = (message.pk, Status.RETRYING, attempt, None, "", outcome.error, now, now, message.body)
            kind, detail = Event.Kind.REQUEUED, outcome.error
        elif outcome.ok:
            assert outcome.finished_at is not None
            milliseconds = (outcome.finished_at - message.created_at).total_seconds() * 1000
            latencies[message.pk] = (message.campaign_id, latency_bucket(milliseconds))
            row = (message.pk, Status.SENT, attempt, outcome.finished_at, outcome.provider_message_id, "", None,
                   message.dispatched_at, message.body)  # fmt: skip
            kind, detail = Event.Kind.SENT, outcome.provider_message_id
        elif outcome.permanent or attempt >= settings.MAX_ATTEMPTS:
            row = (message.pk, Status.FAILED, attempt, None, "", outcome.error, None, message.dispatched_at,
                   message.body)  # fmt: skip
            kind, detail = Event.Kind.FAILED, outcome.error
        else:
            due = now + timedelta(seconds=retry_delay(attempt))
            # dispatched_at = due: the retry task published below is in the broker until then.
            row = (message.pk, Status.RETRYING, attempt, None, "", outcome.error, due, due, message.body)
            kind, detail = Event.Kind.RETRY, outcome.error
        rows.append(row)
        events[message.pk] = (message.pk, message.campaign_id, kind.value, attempt, detail, now)
    with transaction.atomic():
        updated = set(
            rows_update_returning(
                table=Message._meta.db_table,
                columns=RESULT_COLUMNS,
                rows=rows,
                fixed="claimed_until = NULL, claim_token = ''",
                where=f"{Message._meta.db_table}.claim_token = %s AND {Message._meta.db_table}.status = %s",
                params=[token, Status.SENDING.value],
            )
        )
        # A row missing from `updated` was taken over after our claim expired: its new holder records it.
        events_add([event for pk, event in events.items() if pk in updated])
        _latency_add(Counter(bucket for pk, bucket in latencies.items() if pk in updated))
    for pk, status, *_, due, _dispatched, _body in rows:
        if pk not in updated:
            continue
        if status == Status.SENT:
            report.sent += 1
        elif status == Status.FAILED:
            report.failed += 1
        else:
            report.retrying += 1
            report.retry_ids.append(pk)
            report.retry_due = max(due, report.retry_due) if report.retry_due else due


def _latency_add(latencies: Counter[tuple[int, int]]) -> None:
    if not latencies:
        return
    table = LatencyBucket._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (campaign_id, bucket, count) VALUES (%s, %s, %s)"
            f" ON CONFLICT (campaign_id, bucket) DO UPDATE SET count = {table}.count + excluded.count",
            [(campaign_id, bucket, count) for (campaign_id, bucket), count in sorted(latencies.items())],
        )


def _chunk_size() -> int:
    # With a rate limit, claim about a second of sends at a time so each claim is short-lived
    # and workers interleave fairly; without one, the whole batch.
    rate = settings.RATE_PER_SEC
    if rate <= 0:
        return settings.BATCH_SIZE
    return max(1, min(settings.BATCH_SIZE, int(rate)))


def messages_deliver(*, message_ids: Sequence[int]) -> DeliveryReport:
    """Claim, render, rate-limit, send and record a batch of messages."""
    report = DeliveryReport()
    campaign_ids: set[int] = set()
    for chunk in _chunks(list(message_ids), _chunk_size()):
        token, messages = messages_claim(message_ids=chunk)
        if not messages:
            continue
        report.claimed += len(messages)
        campaign_ids.update(m.campaign_id for m in messages)
        outcomes = _send_all(messages, _render_bodies(messages))
        _record(token, outcomes, report)
    if report.retry_ids and report.retry_due is not None:
        # One task for the chunk's retries, due when the last of them is (jitter spreads them).
        countdown = max(0.0, (report.retry_due - timezone.now()).total_seconds())
        messages_publish(message_ids=report.retry_ids, countdown=countdown)
    for campaign_id in campaign_ids:
        campaign_finish_if_done(campaign_id=campaign_id)
    return report


# --- Finish, retry, sweep ---------------------------------------------------------------------


def campaign_finish_if_done(*, campaign_id: int) -> bool:
    """Mark a fully materialised campaign `sent` once none of its messages is unfinished."""
    with transaction.atomic():
        # Lock the campaign first, then look at its messages with a fresh snapshot: a concurrent
        # retry-failed (which takes the same lock) can then never be overtaken by a stale check.
        campaign = (
            Campaign.objects.select_for_update()
            .filter(pk=campaign_id, status=Campaign.Status.SENDING, materialised_at__isnull=False)
            .first()
        )
        if campaign is None:
            return False
        if Message.objects.filter(campaign_id=campaign_id, status__in=Message.UNFINISHED).exists():
            return False
        now = timezone.now()
        Campaign.objects.filter(pk=campaign_id).update(status=Campaign.Status.SENT, finished_at=now, updated_at=now)
    return True


def campaign_retry_failed(*, campaign_id: int) -> int:
    """Give a campaign's failed messages a fresh set of attempts (the dead letters, re-driven)."""
    from campaigns.errors import Conflict

    now = timezone.now()
    with transaction.atomic():
        status = Campaign.objects.select_for_update().filter(pk=campaign_id).values_list("status", flat=True).first()
        if status not in (Campaign.Status.SENDING, Campaign.Status.SENT):
            raise Conflict(f"Campaign {campaign_id} is {status}; failed messages are retried for sending or sent ones.")
        failed = Message.objects.filter(campaign_id=campaign_id, status=Status.FAILED)
        ids = list(failed.values_list("pk", flat=True))
        if not ids:
            return 0
        failed.update(status=Status.QUEUED, attempts=0, next_attempt_at=now, dispatched_at=now, last_error="")
        events_add([(i, campaign_id, Event.Kind.REQUEUED.value, 0, "retried by an operator", now) for i in ids])
        Campaign.objects.filter(pk=campaign_id).update(status=Campaign.Status.SENDING, finished_at=None, updated_at=now)
        transaction.on_commit(lambda: messages_publish(message_ids=ids))
    return len(ids)


def _messages_fail_abandoned(*, now: datetime) -> int:
    """Fail messages whose claims expired on their last allowed attempt (their worker kept dying)."""
    abandoned = Message.objects.filter(
        status=Status.SENDING, claimed_until__lt=now, attempts__gte=settings.MAX_ATTEMPTS - 1
    )
    candidates = list(abandoned.values_list("pk", "attempts")[: settings.SWEEP_LIMIT])
    if not candidates:
        return 0
    error = "its worker stopped while sending it, on every attempt"
    with transaction.atomic():
        # Status and expiry are re-checked per row, so a concurrent sweeper or a late result
        # changes nothing twice; events only for the rows this statement failed.
        failed = rows_update_returning(
            table=Message._meta.db_table,
            columns={"id": "bigint", "attempts": "int", "last_error": "text"},
            rows=[(pk, attempts + 1, error) for pk, attempts in candidates],
            fixed=f"status = '{Status.FAILED.value}', claimed_until = NULL, claim_token = ''",
            where=f"{Message._meta.db_table}.status = %s AND {Message._meta.db_table}.claimed_until < %s",
            params=[Status.SENDING.value, connection.ops.adapt_datetimefield_value(now)],
        )
        rows = Message.objects.filter(pk__in=failed).values_list("pk", "campaign_id", "attempts")
        events_add([(pk, campaign, Event.Kind.FAILED.value, attempts, error, now) for pk, campaign, attempts in rows])
    return len(failed)


def dispatch_timeout() -> float:
    """How long a published message may wait for a worker before it counts as lost.

    Under a rate limit a queue legitimately holds work for backlog / rate seconds; counting
    those messages lost would re-publish the whole backlog every DISPATCH_TIMEOUT.
    """
    timeout = settings.DISPATCH_TIMEOUT_SEC
    if settings.RATE_PER_SEC > 0:
        backlog = Message.objects.filter(
            status__in=[Status.QUEUED, Status.RETRYING],
            next_attempt_at__lte=timezone.now(),
            campaign__status=Campaign.Status.SENDING,
        ).count()
        timeout = max(timeout, 2 * backlog / settings.RATE_PER_SEC)
    return timeout


@dataclass
class SweepReport:
    abandoned: int = 0
    materialisations: int = 0
    republished: int = 0
    expired_claims: int = 0
    finished: int = 0


def messages_sweep(*, now: datetime | None = None) -> SweepReport:
    """Re-enqueue whatever no worker holds; finish campaigns that are done.

    - a campaign `sending` but not fully materialised, with no progress for MATERIALISE_TIMEOUT;
    - messages due (`queued`/`retrying`) and not handed to the broker for DISPATCH_TIMEOUT;
    - messages `sending` whose claim expired (their worker died).
    """
    from messaging.tasks import materialise_campaign

    now = now or timezone.now()
    report = SweepReport()
    stale = now - timedelta(seconds=dispatch_timeout())

    no_progress = now - timedelta(seconds=settings.MATERIALISE_TIMEOUT_SEC)
    stuck_campaigns = list(
        Campaign.objects.filter(
            status=Campaign.Status.SENDING, materialised_at__isnull=True, updated_at__lt=no_progress
        ).values_list("pk", flat=True)
    )
    for campaign_id in stuck_campaigns:
        Campaign.objects.filter(pk=campaign_id).update(updated_at=now)
        materialise_campaign.delay(campaign_id)
    report.materialisations = len(stuck_campaigns)

    report.abandoned = _messages_fail_abandoned(now=now)
    due = Q(status__in=[Status.QUEUED, Status.RETRYING], next_attempt_at__lte=now) & (
        Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=stale)
    )
    expired = Q(status=Status.SENDING, claimed_until__lt=now) & (
        Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=now - timedelta(seconds=settings.CLAIM_TIMEOUT_SEC))
    )
    rows = list(
        Message.objects.filter(due | expired, campaign__status=Campaign.Status.SENDING)
        .order_by()
        .values_list("pk", "campaign_id", "status", "attempts")[: settings.SWEEP_LIMIT]
    )
    ids = [row[0] for row in rows]
    if ids:
        with transaction.atomic():
            for chunk in _chunks(ids, 500):
                Message.objects.filter(pk__in=chunk).update(dispatched_at=now)
            expired_rows = [row for row in rows if row[2] == Status.SENDING]
            events_add(
                [
                    (pk, campaign_id, Event.Kind.REQUEUED.value, attempts, "claim expired: its worker stopped", now)
                    for pk, campaign_id, _, attempts in expired_rows
                ]
            )
        report.expired_claims = len(expired_rows)
        messages_publish(message_ids=ids)
        report.republished = len(ids)

    for campaign_id in Campaign.objects.filter(
        status=Campaign.Status.SENDING, materialised_at__isnull=False
    ).values_list("pk", flat=True):
        report.finished += campaign_finish_if_done(campaign_id=campaign_id)
    if report.republished or report.materialisations or report.finished:
        logger.info("sweep: %s", report)
    return report
