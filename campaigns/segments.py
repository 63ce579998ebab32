"""Segment rules: a tiny tag language compiled to one SQL condition.

    vip,tw        contacts tagged vip AND tw (comma = AND, as in the original demo)
    vip|tw        tagged vip OR tw
    !jp           not tagged jp
    vip,!jp|tw    vip AND (not jp OR tw)

Empty = every subscribed contact. Unsubscribed contacts are never targeted.
"""

import re
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet

from campaigns.models import Contact

TAG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.:\-]{0,63}$")
MAX_TERMS = 50


class SegmentRuleError(ValueError):
    """The rule does not parse; the message says which part and how to fix it."""


@dataclass(frozen=True)
class Literal:
    tag: str
    negated: bool


Rule = tuple[tuple[Literal, ...], ...]  # AND of ORs


def segment_parse(rule: str) -> Rule:
    text = (rule or "").strip()
    if not text:
        return ()
    terms = text.split(",")
    if len(terms) > MAX_TERMS:
        raise SegmentRuleError(f"The rule has {len(terms)} terms; at most {MAX_TERMS} are allowed.")
    parsed: list[tuple[Literal, ...]] = []
    for position, term in enumerate(terms, start=1):
        if not term.strip():
            raise SegmentRuleError(f"Term {position} is empty: remove the extra comma (use 'vip,tw' for vip AND tw).")
        alternatives: list[Literal] = []
        for alternative in term.split("|"):
            word = alternative.strip().lower()
            negated = word.startswith("!")
            tag = word[1:].strip() if negated else word
            if not tag:
                raise SegmentRuleError(
                    f"Term {position} ('{term.strip()}') has an empty alternative: write tags like 'vip|tw' or '!jp'."
                )
            if not TAG_PATTERN.match(tag):
                raise SegmentRuleError(
                    f"'{tag}' in term {position} is not a valid tag: use letters, digits, '-', '_', '.' or ':' "
                    "(comma = AND, | = OR, ! = NOT)."
                )
            alternatives.append(Literal(tag=tag, negated=negated))
        parsed.append(tuple(alternatives))
    return tuple(parsed)


def _has_tag(tag: str) -> Exists:
    return Exists(Contact.tags.through.objects.filter(contact_id=OuterRef("pk"), tag__name=tag))


def segment_condition(rule: Rule) -> Q:
    """The rule as one WHERE condition over campaigns_contact (subscribed contacts only)."""
    condition = Q(unsubscribed_at__isnull=True)
    for alternatives in rule:
        any_of = Q()
        positives = sorted({lit.tag for lit in alternatives if not lit.negated})
        if positives:
            any_of |= Q(Exists(Contact.tags.through.objects.filter(contact_id=OuterRef("pk"), tag__name__in=positives)))
        for lit in alternatives:
            if lit.negated:
                any_of |= ~Q(_has_tag(lit.tag))
        condition &= any_of
    return condition


def segment_contacts(rule_text: str) -> QuerySet[Contact]:
    """Subscribed contacts matching the rule, as one query. Raises SegmentRuleError."""
    return Contact.objects.filter(segment_condition(segment_parse(rule_text)))
