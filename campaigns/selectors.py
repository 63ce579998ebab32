"""Reads for contacts and campaigns."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet

from campaigns.errors import InvalidInput
from campaigns.models import Campaign, Contact, Tag
from campaigns.rendering import TemplateError, contact_context, template_compile, template_render
from campaigns.segments import SegmentRuleError, segment_contacts

PREVIEW_SIZE = 10


def contacts_in_segment(*, segment_rule: str) -> QuerySet[Contact]:
    try:
        return segment_contacts(segment_rule)
    except SegmentRuleError as error:
        raise InvalidInput(str(error), field="segment") from None


def contact_list(*, tag: str | None = None, search: str | None = None, segment: str | None = None) -> QuerySet[Contact]:
    contacts = contacts_in_segment(segment_rule=segment) if segment else Contact.objects.all()
    if tag:
        contacts = contacts.filter(tags__name=tag.strip().lower())
    if search:
        contacts = contacts.filter(Q(name__icontains=search) | Q(email__icontains=search))
    return contacts.prefetch_related(Prefetch("tags", queryset=Tag.objects.order_by("name")))


def tag_list() -> QuerySet[Tag]:
    return Tag.objects.annotate(contact_count=Count("contacts")).order_by("name")


@dataclass(frozen=True)
class PreviewTarget:
    id: int
    name: str
    email: str
    tags: list[str]
    rendered: str


@dataclass(frozen=True)
class Preview:
    audience_size: int
    targets: list[PreviewTarget]


def campaign_preview(*, campaign: Campaign) -> Preview:
    """Audience size and the first targets with the text each will read."""
    contacts = contacts_in_segment(segment_rule=campaign.segment_rule)
    try:
        template = template_compile(campaign.template)
    except TemplateError as error:
        raise InvalidInput(str(error), field="template") from None
    targets = []
    for contact in contacts.order_by("pk").prefetch_related("tags")[:PREVIEW_SIZE]:
        tags = sorted(tag.name for tag in contact.tags.all())
        context = contact_context(
            name=contact.name, email=contact.email, phone=contact.phone, tags=tags, attributes=contact.attributes
        )
        try:
            rendered = template_render(template, context)
        except TemplateError as error:
            raise InvalidInput(f"{error} (contact {contact.email})", field="template") from None
        targets.append(
            PreviewTarget(
                id=contact.pk,
                name=contact.name,
                email=contact.email,
                tags=tags,
                rendered=rendered,
            )
        )
    return Preview(audience_size=contacts.count(), targets=targets)
