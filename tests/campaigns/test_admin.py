from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from campaigns.models import Campaign, Contact
from messaging.models import Event, Message

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_logged_in() -> Client:
    admin = get_user_model().objects.create_superuser(username="boss", password="pw-long-enough-1")
    client = Client()
    client.force_login(admin)
    return client


def test_every_model_has_a_working_changelist(
    admin_client_logged_in: Client, make_contact: Callable[..., Contact], make_campaign: Callable[..., Campaign]
) -> None:
    contact = make_contact(tags=("vip",))
    campaign = make_campaign()
    from django.utils import timezone

    message = Message.objects.create(
        campaign=campaign, contact=contact, idempotency_key="k-1", created_at=timezone.now()
    )
    Event.objects.create(message=message, campaign=campaign, kind="queued", created_at=timezone.now())
    for path in [
        "contact", "tag", "campaign", "message", "event", "mockdelivery", "latencybucket",
    ]:  # fmt: skip
        app = "campaigns" if path in {"contact", "tag", "campaign"} else "messaging"
        response = admin_client_logged_in.get(f"/admin/{app}/{path}/")
        assert response.status_code == 200, path
    page = admin_client_logged_in.get("/admin/campaigns/contact/?q=contact").content.decode()
    assert contact.email in page
    assert "vip" in page
    assert admin_client_logged_in.get(f"/admin/messaging/message/{message.pk}/change/").status_code == 200


def test_messages_and_events_are_read_only(admin_client_logged_in: Client, make_campaign: Callable[..., Any]) -> None:
    assert admin_client_logged_in.get("/admin/messaging/message/add/").status_code == 403
    assert admin_client_logged_in.get("/admin/messaging/event/add/").status_code == 403


def test_send_action_calls_the_same_service_as_the_api(
    admin_client_logged_in: Client,
    make_contact: Callable[..., Contact],
    make_campaign: Callable[..., Campaign],
    django_capture_on_commit_callbacks: Any,
) -> None:
    make_contact(tags=("vip",))
    draft = make_campaign()
    already = make_campaign(name="Old")
    Campaign.objects.filter(pk=already.pk).update(status="sent")
    with (
        mock.patch("messaging.tasks.materialise_campaign.delay") as delay,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client_logged_in.post(
            "/admin/campaigns/campaign/",
            {"action": "send_campaigns", "_selected_action": [draft.pk, already.pk]},
            follow=True,
        )
    page = response.content.decode()
    assert "Welcome Back: sending to 1 contacts." in page
    assert "Old: Campaign" in page
    assert "it can be sent only once" in page
    delay.assert_called_once_with(draft.pk)
    assert Campaign.objects.get(pk=draft.pk).status == "sending"
