from datetime import timedelta

import pytest
from django.utils import timezone

from campaigns.models import Campaign, Contact
from messaging.models import Message
from messaging.sql import rows_update_returning

pytestmark = pytest.mark.django_db


def test_many_rows_each_with_its_own_values_in_statements_under_the_parameter_limits() -> None:
    campaign = Campaign.objects.create(name="c", template="t")
    contacts = Contact.objects.bulk_create([Contact(name=f"n{i}", email=f"{i}@example.com") for i in range(5000)])
    now = timezone.now()
    Message.objects.bulk_create(
        [Message(campaign=campaign, contact=c, idempotency_key=f"k{c.pk}", created_at=now) for c in contacts]
    )
    ids = list(Message.objects.order_by("pk").values_list("pk", flat=True))
    rows = [(pk, f"body {pk}", now + timedelta(seconds=index)) for index, pk in enumerate(ids)]
    changed = rows_update_returning(
        table="messaging_message",
        columns={"id": "bigint", "body": "text", "sent_at": "timestamp"},
        rows=rows[:-1],  # the last row is left alone
        fixed="status = 'sent'",
        where="messaging_message.status = %s",
        params=["queued"],
    )
    assert sorted(changed) == ids[:-1]
    last = Message.objects.get(pk=ids[-1])
    assert (last.status, last.body) == ("queued", "")
    sample = Message.objects.get(pk=ids[1234])
    assert sample.body == f"body {ids[1234]}"
    assert sample.sent_at == now + timedelta(seconds=1234)
    assert Message.objects.filter(status="sent").count() == 4999
