"""Celery tasks: thin wrappers that take ids and call one service."""

from celery import shared_task


@shared_task(name="messaging.materialise_campaign")
def materialise_campaign(campaign_id: int) -> int:
    from messaging.services import campaign_materialise

    return campaign_materialise(campaign_id=campaign_id)


@shared_task(name="messaging.deliver_batch")
def deliver_batch(message_ids: list[int]) -> dict[str, int]:
    from messaging.services import messages_deliver

    report = messages_deliver(message_ids=message_ids)
    return {"claimed": report.claimed, "sent": report.sent, "retrying": report.retrying, "failed": report.failed}


@shared_task(name="messaging.sweep")
def sweep() -> dict[str, int]:
    from messaging.services import messages_sweep

    report = messages_sweep()
    return {"republished": report.republished, "expired_claims": report.expired_claims, "finished": report.finished}
