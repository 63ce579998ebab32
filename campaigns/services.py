"""Writes for contacts and campaigns. Views, admin actions and commands all come through here."""

from datetime import datetime
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db import IntegrityError, transaction
from django.utils import timezone

from campaigns.errors import Conflict, InvalidInput, NotFound
from campaigns.models import Campaign, Contact, Tag
from campaigns.rendering import TemplateError, template_compile
from campaigns.segments import SegmentRuleError, segment_contacts, segment_parse


def campaign_validate(*, template: str | None = None, segment_rule: str | None = None) -> None:
    """Raise InvalidInput naming the field and the problem; None means the field is not checked."""
    if template is not None:
        try:
            template_compile(template)
        except TemplateError as error:
            raise InvalidInput(str(error), field="template") from None
    if segment_rule is not None:
        try:
            segment_parse(segment_rule)
        except SegmentRuleError as error:
            raise InvalidInput(str(error), field="segment_rule") from None


def campaign_create(
    *,
    name: str,
    template: str,
    segment_rule: str = "",
    subject: str = "",
    channel: str = Campaign.Channel.EMAIL,
    created_by: User | AnonymousUser | None = None,
    request_key: str | None = None,
) -> Campaign:
    campaign_validate(template=template, segment_rule=segment_rule)
    return Campaign.objects.create(
        request_key=request_key,
        name=name,
        template=template,
        segment_rule=segment_rule.strip(),
        subject=subject,
        channel=channel,
        created_by=created_by if isinstance(created_by, User) else None,
    )


def campaign_create_once(*, request_key: str, created_by: User, **fields: Any) -> tuple[Campaign, bool]:
    """Create a campaign, or return the one an earlier request with this Idempotency-Key created.

    Returns (campaign, created). A retried POST (a timeout, a double click) makes no second
    campaign; the same key with a different payload is a client bug and gets a Conflict.
    """
    if not request_key.strip() or len(request_key) > 128:
        raise InvalidInput("The Idempotency-Key header must be 1 to 128 characters, e.g. a UUID.")
    existing = Campaign.objects.filter(created_by=created_by, request_key=request_key).first()
    if existing is None:
        try:
            with transaction.atomic():
                return campaign_create(created_by=created_by, request_key=request_key, **fields), True
        except IntegrityError:  # a concurrent request with the same key got there first
            existing = Campaign.objects.get(created_by=created_by, request_key=request_key)
    wanted = {**fields, "segment_rule": fields.get("segment_rule", "").strip()}
    if any(getattr(existing, name) != value for name, value in wanted.items()):
        raise Conflict(
            "This Idempotency-Key was already used for a different campaign; send a new key with a new request."
        )
    return existing, False


EDITABLE_FIELDS = {"name", "template", "segment_rule", "subject", "channel"}


def campaign_update(*, campaign: Campaign, data: dict[str, Any]) -> Campaign:
    """Edit a draft. Anything already sending or sent is history and stays as it was."""
    unknown = set(data) - EDITABLE_FIELDS
    if unknown:
        raise InvalidInput(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    campaign_validate(template=data.get("template"), segment_rule=data.get("segment_rule"))
    if "segment_rule" in data:
        data = {**data, "segment_rule": data["segment_rule"].strip()}
    moved = Campaign.objects.filter(pk=campaign.pk, status=Campaign.Status.DRAFT).update(
        **data, updated_at=timezone.now()
    )
    if not moved:
        raise Conflict(f"Campaign {campaign.pk} is {campaign.status}; only drafts can be edited.")
    campaign.refresh_from_db()
    return campaign


def campaign_delete(*, campaign: Campaign) -> None:
    """Delete a draft; one conditional statement, so a send racing it wins or loses cleanly."""
    deleted, _ = Campaign.objects.filter(pk=campaign.pk, status=Campaign.Status.DRAFT).delete()
    if not deleted:
        campaign.refresh_from_db()
        raise Conflict(f"Campaign {campaign.pk} is {campaign.status}; only drafts can be deleted.")


def campaign_send(*, campaign_id: int) -> Campaign:
    """Start sending: one conditional update, then materialisation runs in a worker.

    O(1) in the audience size apart from one COUNT. A second send finds the campaign no longer
    a draft, changes nothing and raises Conflict.
    """
    from messaging.tasks import materialise_campaign

    campaign = Campaign.objects.filter(pk=campaign_id).first()
    if campaign is None:
        raise NotFound(f"Campaign {campaign_id} does not exist.")
    campaign_validate(template=campaign.template, segment_rule=campaign.segment_rule)
    audience_size = segment_contacts(campaign.segment_rule).count()
    now = timezone.now()
    with transaction.atomic():
        moved = Campaign.objects.filter(
            pk=campaign_id, status__in=[Campaign.Status.DRAFT, Campaign.Status.SCHEDULED]
        ).update(
            status=Campaign.Status.SENDING,
            audience_size=audience_size,
            started_at=now,
            updated_at=now,
            materialised_through=0,
            materialised_at=None,
        )
        if not moved:
            campaign.refresh_from_db()
            raise Conflict(f"Campaign {campaign_id} is already {campaign.status}; it can be sent only once.")
        transaction.on_commit(lambda: materialise_campaign.delay(campaign_id))
    campaign.refresh_from_db()
    return campaign


def campaign_pause(*, campaign_id: int) -> Campaign:
    """Stop claiming new messages; those already in a worker's hands finish."""
    return _campaign_move(
        campaign_id=campaign_id, allowed=[Campaign.Status.SENDING], to=Campaign.Status.PAUSED, verb="paused"
    )


def campaign_resume(*, campaign_id: int) -> Campaign:
    """Continue a paused campaign: its unfinished messages are handed to the broker again."""
    from messaging.models import Message
    from messaging.tasks import materialise_campaign, sweep

    with transaction.atomic():
        campaign = _campaign_move(
            campaign_id=campaign_id, allowed=[Campaign.Status.PAUSED], to=Campaign.Status.SENDING, verb="resumed"
        )
        # Tasks published before the pause claimed nothing; marking the rows undispatched
        # lets the sweeper publish them again at once.
        Message.objects.filter(
            campaign_id=campaign_id, status__in=[Message.Status.QUEUED, Message.Status.RETRYING]
        ).update(dispatched_at=None)
        if campaign.materialised_at is None:
            transaction.on_commit(lambda: materialise_campaign.delay(campaign_id))
        transaction.on_commit(lambda: sweep.delay())
    return campaign


def campaign_cancel(*, campaign_id: int) -> Campaign:
    """Stop a campaign for good; messages not yet sent stay unsent."""
    return _campaign_move(
        campaign_id=campaign_id,
        allowed=[Campaign.Status.DRAFT, Campaign.Status.SCHEDULED, Campaign.Status.SENDING, Campaign.Status.PAUSED],
        to=Campaign.Status.CANCELLED,
        verb="cancelled",
        finished=True,
    )


def _campaign_move(
    *, campaign_id: int, allowed: list[Campaign.Status], to: Campaign.Status, verb: str, finished: bool = False
) -> Campaign:
    now = timezone.now()
    changes: dict[str, Any] = {"status": to, "updated_at": now}
    if finished:
        changes["finished_at"] = now
    moved = Campaign.objects.filter(pk=campaign_id, status__in=allowed).update(**changes)
    campaign = Campaign.objects.filter(pk=campaign_id).first()
    if campaign is None:
        raise NotFound(f"Campaign {campaign_id} does not exist.")
    if not moved:
        raise Conflict(
            f"Campaign {campaign_id} is {campaign.status}; only a campaign that is "
            f"{' or '.join(str(s) for s in allowed)} can be {verb}."
        )
    return campaign


def tags_ensure(names: list[str]) -> list[Tag]:
    """The Tag rows for these names, creating missing ones (names are normalised to lower-case)."""
    clean = sorted({name.strip().lower() for name in names if name.strip()})
    Tag.objects.bulk_create([Tag(name=name) for name in clean], ignore_conflicts=True)
    return list(Tag.objects.filter(name__in=clean))


def contact_create(
    *,
    name: str,
    email: str,
    phone: str = "",
    tags: list[str] | None = None,
    attributes: dict[str, Any] | None = None,
    unsubscribed_at: datetime | None = None,
) -> Contact:
    try:
        with transaction.atomic():
            contact = Contact.objects.create(
                name=name,
                email=email.lower(),
                phone=phone,
                attributes=attributes or {},
                unsubscribed_at=unsubscribed_at,
            )
            if tags:
                contact.tags.set(tags_ensure(tags))
    except IntegrityError:  # the same email created concurrently
        raise InvalidInput("A contact with this email already exists.", field="email") from None
    return contact


def contact_update(*, contact: Contact, data: dict[str, Any]) -> Contact:
    try:
        with transaction.atomic():
            tags = data.pop("tags", None)
            for key, value in data.items():
                setattr(contact, key, value.lower() if key == "email" else value)
            contact.save()
            if tags is not None:
                contact.tags.set(tags_ensure(tags))
    except IntegrityError:
        raise InvalidInput("A contact with this email already exists.", field="email") from None
    return contact
