from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest
from rest_framework.test import APIClient

from campaigns.models import Campaign, Contact
from messaging.models import Message

pytestmark = pytest.mark.django_db

WELCOME = {"name": "Welcome Back", "template": "Hi {{name}}, we miss you! 💌", "segment_rule": "vip"}


def test_anonymous_requests_are_refused() -> None:
    client = APIClient()
    for path in ["/api/campaigns/", "/api/contacts/", "/api/tags/", "/api/campaigns/1/stats/"]:
        response = client.get(path)
        assert response.status_code == 401, path
        assert "credentials were not provided" in response.json()["detail"]
    assert client.post("/api/campaigns/", WELCOME, format="json").status_code == 401
    assert Campaign.objects.count() == 0


def test_token_auth_works(token_api: APIClient) -> None:
    assert token_api.get("/api/campaigns/").status_code == 200
    assert APIClient(HTTP_AUTHORIZATION="Token not-a-token").get("/api/campaigns/").status_code == 401


def test_session_sign_in_with_csrf(operator: Any) -> None:
    client = APIClient(enforce_csrf_checks=True)
    assert client.get("/api/auth/me/").status_code == 401
    client.get("/api/auth/csrf/")
    token = client.cookies["csrftoken"].value
    wrong = client.post("/api/auth/login/", {"username": "operator", "password": "nope"}, HTTP_X_CSRFTOKEN=token)
    assert wrong.status_code == 400
    assert wrong.json() == {"detail": "Wrong username or password."}
    ok = client.post(
        "/api/auth/login/", {"username": "operator", "password": "a-long-password-1"}, HTTP_X_CSRFTOKEN=token
    )
    assert ok.status_code == 200
    assert ok.json() == {"username": "operator"}
    assert client.get("/api/auth/me/").json() == {"username": "operator"}
    token = client.cookies["csrftoken"].value
    assert client.post("/api/campaigns/", WELCOME, format="json").status_code == 403, "CSRF is enforced"
    assert client.post("/api/campaigns/", WELCOME, format="json", HTTP_X_CSRFTOKEN=token).status_code == 201
    assert client.post("/api/auth/logout/", HTTP_X_CSRFTOKEN=token).status_code == 204
    assert client.get("/api/auth/me/").status_code in (401, 403)


def test_create_list_get(api: APIClient) -> None:
    created = api.post("/api/campaigns/", WELCOME, format="json")
    assert created.status_code == 201
    body = created.json()
    assert body["status"] == "draft"
    assert body["name"] == "Welcome Back"
    assert body["segment_rule"] == "vip"
    assert {"id", "template", "created_at", "audience_size"} <= set(body)
    second = api.post("/api/campaigns/", {**WELCOME, "name": "Second"}, format="json").json()
    listing = api.get("/api/campaigns/").json()
    assert [c["id"] for c in listing["results"]] == [second["id"], body["id"]], "newest first"
    assert "next" in listing
    assert listing["count"] == 2
    assert api.get(f"/api/campaigns/{body['id']}/").json()["name"] == "Welcome Back"
    missing = api.get("/api/campaigns/999999/")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "No campaign with id 999999."}


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        ({}, "name", "This field is required."),
        ({"name": "x"}, "template", "This field is required."),
        ({**WELCOME, "template": "Hi {% if vip %}"}, "template", "Unclosed tag on line 1: 'if'"),
        ({**WELCOME, "template": "{% load static %}"}, "template", "The tag '{% load %}' is not allowed"),
        ({**WELCOME, "template": "{% debug %}"}, "template", "is not allowed"),
        ({**WELCOME, "segment_rule": "vip,,tw"}, "segment_rule", "Term 2 is empty"),
        ({**WELCOME, "segment_rule": "vip tw"}, "segment_rule", "not a valid tag"),
        ({**WELCOME, "name": ""}, "name", "This field may not be blank."),
    ],
)
def test_bad_input_is_a_400_that_names_the_problem_and_writes_nothing(
    api: APIClient, payload: dict[str, str], field: str, message: str
) -> None:
    response = api.post("/api/campaigns/", payload, format="json")
    assert response.status_code == 400
    assert any(message in text for text in response.json()[field]), response.json()
    assert Campaign.objects.count() == 0


def test_malformed_json_is_a_400(api: APIClient) -> None:
    response = api.post("/api/campaigns/", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def test_preview_shows_audience_and_first_ten_rendered(
    api: APIClient, make_contact: Callable[..., Contact], make_campaign: Callable[..., Campaign]
) -> None:
    for index in range(12):
        make_contact(name=f"Vip {index:02d}", tags=("vip",))
    make_contact(name="Regular")
    make_contact(name="Left", tags=("vip",), unsubscribed=True)
    campaign = make_campaign()
    preview = api.get(f"/api/campaigns/{campaign.pk}/preview/").json()
    assert preview["audience_size"] == 12
    assert len(preview["targets"]) == 10
    assert preview["targets"][0]["rendered"] == "Hi Vip 00, we miss you! 💌"
    assert preview["targets"][0]["tags"] == ["vip"]
    assert {"id", "name", "email", "tags", "rendered"} == set(preview["targets"][0])


def test_send_enqueues_on_commit_and_a_second_send_is_409(
    api: APIClient, make_contact: Callable[..., Contact], make_campaign: Callable[..., Campaign],
    django_capture_on_commit_callbacks: Any,
) -> None:  # fmt: skip
    make_contact(tags=("vip",))
    make_contact(tags=("vip",))
    campaign = make_campaign()
    with mock.patch("messaging.tasks.materialise_campaign.delay") as delay:
        with django_capture_on_commit_callbacks(execute=True):
            response = api.post(f"/api/campaigns/{campaign.pk}/send/")
        assert response.status_code == 202
        assert response.json() == {"id": campaign.pk, "status": "sending", "audience_size": 2}
        delay.assert_called_once_with(campaign.pk)
        with django_capture_on_commit_callbacks(execute=True):
            again = api.post(f"/api/campaigns/{campaign.pk}/send/")
        assert again.status_code == 409
        assert again.json() == {"detail": f"Campaign {campaign.pk} is already sending; it can be sent only once."}
        assert delay.call_count == 1
    assert Message.objects.count() == 0, "send itself writes no per-recipient rows"
    assert api.post("/api/campaigns/424242/send/").status_code == 404


def test_only_drafts_can_be_edited_or_deleted(api: APIClient, make_campaign: Callable[..., Campaign]) -> None:
    campaign = make_campaign()
    edited = api.patch(f"/api/campaigns/{campaign.pk}/", {"segment_rule": "vip,tw"}, format="json")
    assert edited.status_code == 200
    assert edited.json()["segment_rule"] == "vip,tw"
    bad = api.patch(f"/api/campaigns/{campaign.pk}/", {"template": "{% load x %}"}, format="json")
    assert bad.status_code == 400
    Campaign.objects.filter(pk=campaign.pk).update(status="sent")
    refused = api.patch(f"/api/campaigns/{campaign.pk}/", {"name": "Rewritten"}, format="json")
    assert refused.status_code == 409
    assert "only drafts can be edited" in refused.json()["detail"]
    assert Campaign.objects.get(pk=campaign.pk).name == "Welcome Back"
    assert api.delete(f"/api/campaigns/{campaign.pk}/").status_code == 409
    draft = make_campaign(name="Scratch")
    assert api.delete(f"/api/campaigns/{draft.pk}/").status_code == 204


def test_stats_and_messages_before_sending(api: APIClient, make_campaign: Callable[..., Campaign]) -> None:
    campaign = make_campaign()
    stats = api.get(f"/api/campaigns/{campaign.pk}/stats/").json()
    assert stats["total"] == stats["queued"] == stats["sent"] == stats["failed"] == 0
    assert stats["p50_ms"] is None
    assert stats["p95_ms"] is None
    assert api.get(f"/api/campaigns/{campaign.pk}/messages/").json()["results"] == []
    bad = api.get(f"/api/campaigns/{campaign.pk}/messages/?status=lost")
    assert bad.status_code == 400
    assert "status must be one of" in bad.json()["status"][0]


def test_contacts_and_tags(api: APIClient, make_contact: Callable[..., Contact]) -> None:
    created = api.post(
        "/api/contacts/",
        {"name": "Mei", "email": "Mei@Example.com", "tags": ["VIP", "tw"], "attributes": {"city": "Taipei"}},
        format="json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["tags"] == ["tw", "vip"]
    assert created.json()["email"] == "mei@example.com"
    gone = api.post(
        "/api/contacts/",
        {"name": "Gone", "email": "gone@example.com", "tags": ["vip"], "unsubscribed_at": "2026-01-01T00:00:00Z"},
        format="json",
    )
    assert gone.status_code == 201, gone.content
    assert api.get("/api/contacts/audience/?segment=vip").json() == {"audience_size": 1}, "unsubscribed not counted"
    patched = api.patch(f"/api/contacts/{gone.json()['id']}/", {"tags": ["jp"], "name": "Back"}, format="json")
    assert patched.status_code == 200
    assert patched.json()["tags"] == ["jp"]
    assert api.post("/api/contacts/", {"name": "No mail"}, format="json").status_code == 400
    assert api.post(
        "/api/contacts/", {"name": "Bad", "email": "nope", "attributes": []}, format="json"
    ).json().keys() == {
        "email",
        "attributes",
    }
    duplicate = api.post("/api/contacts/", {"name": "Mei 2", "email": "mei@example.com"}, format="json")
    assert duplicate.status_code == 400
    assert "already exists" in duplicate.json()["email"][0]
    bad_tag = api.post("/api/contacts/", {"name": "X", "email": "x@example.com", "tags": ["a b"]}, format="json")
    assert bad_tag.status_code == 400
    make_contact(name="Ken", tags=("jp",))
    assert [c["name"] for c in api.get("/api/contacts/?tag=vip").json()["results"]] == ["Mei"]
    assert [c["name"] for c in api.get("/api/contacts/?search=ke").json()["results"]] == ["Ken"]
    assert [c["name"] for c in api.get("/api/contacts/?segment=!vip").json()["results"]] == ["Ken"]
    assert api.get("/api/contacts/audience/?segment=vip|jp").json() == {"audience_size": 2}
    invalid = api.get("/api/contacts/audience/?segment=vip,,")
    assert invalid.status_code == 400
    assert "Term 2 is empty" in invalid.json()["segment"][0]
    tags = {t["name"]: t["contact_count"] for t in api.get("/api/tags/").json()}
    assert tags == {"jp": 2, "tw": 1, "vip": 1}


def test_schema_docs_and_browsable_api(api: APIClient, operator: Any) -> None:
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    assert "/api/campaigns/{id}/send/" in schema.json()["paths"]
    browser = APIClient()
    browser.force_login(operator)
    docs = browser.get("/api/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "swagger-ui" in html
    assert "cdn" not in html.lower(), "docs assets are served locally"
    page = browser.get("/api/campaigns/", HTTP_ACCEPT="text/html")
    assert page.status_code == 200
    assert "Campaign List" in page.content.decode()


def test_pause_resume_cancel_transitions(
    api: APIClient, make_campaign: Callable[..., Campaign], django_capture_on_commit_callbacks: Any
) -> None:
    campaign = make_campaign()
    refused = api.post(f"/api/campaigns/{campaign.pk}/pause/")
    assert refused.status_code == 409
    assert refused.json() == {
        "detail": f"Campaign {campaign.pk} is draft; only a campaign that is sending can be paused."
    }
    Campaign.objects.filter(pk=campaign.pk).update(status="sending")
    assert api.post(f"/api/campaigns/{campaign.pk}/pause/").json()["status"] == "paused"
    with (
        mock.patch("messaging.tasks.materialise_campaign.delay") as materialise,
        mock.patch("messaging.tasks.sweep.delay") as sweep,
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert api.post(f"/api/campaigns/{campaign.pk}/resume/").json()["status"] == "sending"
    materialise.assert_called_once_with(campaign.pk)
    sweep.assert_called_once_with()
    assert api.post(f"/api/campaigns/{campaign.pk}/resume/").status_code == 409
    cancelled = api.post(f"/api/campaigns/{campaign.pk}/cancel/").json()
    assert cancelled["status"] == "cancelled"
    assert cancelled["finished_at"]
    assert api.post(f"/api/campaigns/{campaign.pk}/cancel/").status_code == 409
    assert api.post(f"/api/campaigns/{campaign.pk}/send/").status_code == 409
    assert api.post(f"/api/campaigns/{campaign.pk}/retry-failed/").status_code == 409
    assert api.post("/api/campaigns/987654/cancel/").status_code == 404


def test_a_retried_create_with_an_idempotency_key_makes_one_campaign(api: APIClient) -> None:
    first = api.post("/api/campaigns/", WELCOME, format="json", HTTP_IDEMPOTENCY_KEY="key-1")
    again = api.post("/api/campaigns/", WELCOME, format="json", HTTP_IDEMPOTENCY_KEY="key-1")
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert again["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first
    assert Campaign.objects.count() == 1
    other = api.post("/api/campaigns/", {**WELCOME, "name": "Other"}, format="json", HTTP_IDEMPOTENCY_KEY="key-1")
    assert other.status_code == 409
    assert "already used for a different campaign" in other.json()["detail"]
    assert (
        api.post("/api/campaigns/", WELCOME, format="json", HTTP_IDEMPOTENCY_KEY="key-2").json()["id"]
        != first.json()["id"]
    )
    assert api.post("/api/campaigns/", WELCOME, format="json", HTTP_IDEMPOTENCY_KEY="x" * 129).status_code == 400
    assert Campaign.objects.count() == 2


def test_contact_emails_are_unique_whatever_their_case(api: APIClient, make_contact: Callable[..., Contact]) -> None:
    make_contact(name="Alice", email="alice@example.com")
    upper = api.post("/api/contacts/", {"name": "Alice 2", "email": "Alice@Example.com"}, format="json")
    assert upper.status_code == 400
    assert "already exists" in upper.json()["email"][0]
    other = make_contact(name="Bob", email="bob@example.com")
    patched = api.patch(f"/api/contacts/{other.pk}/", {"email": "ALICE@example.com"}, format="json")
    assert patched.status_code == 400
    assert Contact.objects.get(pk=other.pk).email == "bob@example.com"


def test_a_template_that_fails_for_a_contact_is_a_400_in_preview(
    api: APIClient, make_contact: Callable[..., Contact]
) -> None:
    make_contact(name="Alice", tags=("vip",))
    created = api.post("/api/campaigns/", {**WELCOME, "template": "{{ name|divisibleby:2 }}"}, format="json")
    assert created.status_code == 201
    preview = api.get(f"/api/campaigns/{created.json()['id']}/preview/")
    assert preview.status_code == 400
    assert "could not be rendered" in preview.json()["template"][0]
    for dangerous in [
        "{% lorem 999999999 w %}",
        "{{ name|ljust:'999999999' }}",
        "{{ name|stringformat:'999999999s' }}",
    ]:
        assert api.post("/api/campaigns/", {**WELCOME, "template": dangerous}, format="json").status_code == 400
