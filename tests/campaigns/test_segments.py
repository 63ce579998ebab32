from collections.abc import Callable
from typing import Any

import pytest

from campaigns.models import Contact
from campaigns.segments import Literal, SegmentRuleError, segment_contacts, segment_parse


def test_comma_means_and_bar_means_or_bang_means_not() -> None:
    assert segment_parse("vip, TW") == ((Literal("vip", False),), (Literal("tw", False),))
    assert segment_parse("vip|jp,!tw") == (
        (Literal("vip", False), Literal("jp", False)),
        (Literal("tw", True),),
    )
    assert segment_parse("   ") == ()


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("vip,,tw", "Term 2 is empty"),
        ("vip,", "Term 2 is empty"),
        ("vip|", "empty alternative"),
        ("!", "empty alternative"),
        ("vip tw", "'vip tw' in term 1 is not a valid tag"),
        ("v@p", "not a valid tag"),
        (",".join(["a"] * 51), "at most 50"),
    ],
)
def test_invalid_rules_say_what_to_fix(rule: str, message: str) -> None:
    with pytest.raises(SegmentRuleError, match=message):
        segment_parse(rule)


@pytest.mark.django_db
def test_rules_select_exactly_the_matching_subscribed_contacts(make_contact: Callable[..., Contact]) -> None:
    both = make_contact(tags=("vip", "tw"))
    vip_only = make_contact(tags=("vip",))
    tw_only = make_contact(tags=("tw",))
    vip_jp = make_contact(tags=("vip", "jp"))
    nothing = make_contact()
    make_contact(tags=("vip", "tw"), unsubscribed=True)

    def ids(rule: str) -> set[int]:
        return set(segment_contacts(rule).values_list("pk", flat=True))

    assert ids("vip,tw") == {both.pk}
    assert ids("vip") == {both.pk, vip_only.pk, vip_jp.pk}
    assert ids("tw|jp") == {both.pk, tw_only.pk, vip_jp.pk}
    assert ids("!vip") == {tw_only.pk, nothing.pk}
    assert ids("vip,!tw") == {vip_only.pk, vip_jp.pk}
    assert ids("!vip|tw") == {both.pk, tw_only.pk, nothing.pk}
    assert ids("") == {both.pk, vip_only.pk, tw_only.pk, vip_jp.pk, nothing.pk}
    assert ids("nosuchtag") == set()


@pytest.mark.django_db
def test_a_rule_is_one_sql_query(make_contact: Callable[..., Contact], django_assert_num_queries: Any) -> None:
    for _ in range(5):
        make_contact(tags=("vip", "tw"))
    with django_assert_num_queries(1):
        assert len(list(segment_contacts("vip,tw|jp,!gone"))) == 5
