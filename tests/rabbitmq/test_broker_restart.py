"""RabbitMQ restarted in the middle of a campaign: nothing lost, nothing sent twice.

Only collected on the PostgreSQL + RabbitMQ run (`make test-services`): the embedded broker is
a file, and restarting it is not a thing.
"""

import subprocess
import time
from collections.abc import Callable, Iterator

import pytest
from django.conf import settings

from campaigns.models import Campaign
from messaging.models import Message, MockDelivery
from tests.conftest import Worker, wait_for
from tests.integration.test_pipeline import assert_delivered_exactly_once, campaign_in_flight, campaign_status

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def rabbitmqctl(*args: str) -> None:
    subprocess.run(["rabbitmqctl", "-q", *args], check=True, timeout=120, capture_output=True)


def broker_is_up() -> bool:
    return subprocess.run(["rabbitmqctl", "-q", "await_startup"], timeout=120, capture_output=True).returncode == 0


@pytest.fixture
def rabbitmq() -> Iterator[None]:
    assert settings.CELERY_BROKER_URL.startswith("amqp://"), "run with CELERY_BROKER_URL=amqp://…"
    try:
        yield
    finally:
        # Whatever happened in the test, leave RabbitMQ running for everything after it.
        subprocess.run(["rabbitmqctl", "-q", "start_app"], timeout=120, capture_output=True)
        assert broker_is_up()


def test_broker_restart_mid_campaign(
    rabbitmq: None,
    start_worker: Callable[..., Worker],
    make_audience: Callable[..., list[int]],
    make_campaign: Callable[..., Campaign],
) -> None:
    audience = 300
    _, campaign = campaign_in_flight(start_worker, make_audience, make_campaign, audience=audience, delivered=40)

    rabbitmqctl("stop_app")
    stopped_at = MockDelivery.objects.count()
    time.sleep(2)
    rabbitmqctl("start_app")
    assert stopped_at < audience, "the restart must land in the middle of the campaign"

    wait_for(lambda: campaign_status(campaign.pk) == "sent", timeout=180, message="campaign never finished")
    assert Message.objects.filter(campaign=campaign, status="sent").count() == audience
    assert_delivered_exactly_once(campaign.pk)
