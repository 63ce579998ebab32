from typing import Any

from django.contrib.auth.models import User
from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from campaigns import selectors, services
from campaigns.api.pagination import CampaignPagination, IdCursorPagination
from campaigns.api.serializers import (
    AudienceSerializer,
    CampaignSerializer,
    ContactSerializer,
    PreviewSerializer,
    SendResultSerializer,
    TagSerializer,
)
from campaigns.errors import InvalidInput
from campaigns.models import Campaign, Contact, Tag
from messaging import selectors as messaging_selectors
from messaging.api.serializers import MessageSerializer, RetryResultSerializer, StatsSerializer
from messaging.models import Message
from messaging.services import campaign_retry_failed


class CampaignViewSet(viewsets.ModelViewSet[Campaign]):
    """Campaigns: create and edit drafts, preview the audience, send, and watch delivery."""

    serializer_class = CampaignSerializer
    pagination_class = CampaignPagination
    queryset = Campaign.objects.all()
    basename = "campaign"

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "Idempotency-Key",
                str,
                OpenApiParameter.HEADER,
                required=False,
                description="Any unique string (a UUID): a retried request returns the campaign the first one "
                "created, with the header Idempotent-Replayed: true.",
            )
        ]
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        key = request.headers.get("Idempotency-Key")
        if key is not None and isinstance(request.user, User):
            campaign, created = services.campaign_create_once(
                request_key=key, created_by=request.user, **serializer.validated_data
            )
        else:
            campaign, created = services.campaign_create(created_by=request.user, **serializer.validated_data), True
        response = Response(self.get_serializer(campaign).data, status=status.HTTP_201_CREATED)
        if not created:
            response["Idempotent-Replayed"] = "true"
        return response

    def perform_update(self, serializer: BaseSerializer[Campaign]) -> None:
        assert serializer.instance is not None
        serializer.instance = services.campaign_update(
            campaign=serializer.instance, data=dict(serializer.validated_data)
        )

    def perform_destroy(self, instance: Campaign) -> None:
        services.campaign_delete(campaign=instance)

    @extend_schema(responses=PreviewSerializer)
    @action(detail=True, methods=["get"])
    def preview(self, request: Request, pk: str | None = None) -> Response:
        preview = selectors.campaign_preview(campaign=self.get_object())
        return Response(PreviewSerializer(preview).data)

    @extend_schema(request=None, responses={202: SendResultSerializer})
    @action(detail=True, methods=["post"])
    def send(self, request: Request, pk: str | None = None) -> Response:
        campaign = services.campaign_send(campaign_id=self.get_object().pk)
        return Response(SendResultSerializer(campaign).data, status=status.HTTP_202_ACCEPTED)

    @extend_schema(responses=StatsSerializer)
    @action(detail=True, methods=["get"])
    def stats(self, request: Request, pk: str | None = None) -> Response:
        stats = messaging_selectors.campaign_stats(campaign=self.get_object())
        return Response(StatsSerializer(stats).data)

    @extend_schema(
        parameters=[OpenApiParameter("status", enum=Message.Status.values, required=False)],
        responses=MessageSerializer(many=True),
    )
    @action(detail=True, methods=["get"], pagination_class=IdCursorPagination)
    def messages(self, request: Request, pk: str | None = None) -> Response:
        wanted = request.query_params.get("status") or None
        if wanted and wanted not in Message.Status.values:
            raise InvalidInput(f"status must be one of: {', '.join(Message.Status.values)}.", field="status")
        messages = messaging_selectors.campaign_messages(campaign=self.get_object(), status=wanted)
        paginator = IdCursorPagination()
        page = paginator.paginate_queryset(messages, request, view=self)
        return paginator.get_paginated_response(MessageSerializer(page, many=True).data)

    @extend_schema(request=None, responses=CampaignSerializer)
    @action(detail=True, methods=["post"])
    def pause(self, request: Request, pk: str | None = None) -> Response:
        return Response(CampaignSerializer(services.campaign_pause(campaign_id=self.get_object().pk)).data)

    @extend_schema(request=None, responses=CampaignSerializer)
    @action(detail=True, methods=["post"])
    def resume(self, request: Request, pk: str | None = None) -> Response:
        return Response(CampaignSerializer(services.campaign_resume(campaign_id=self.get_object().pk)).data)

    @extend_schema(request=None, responses=CampaignSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request: Request, pk: str | None = None) -> Response:
        return Response(CampaignSerializer(services.campaign_cancel(campaign_id=self.get_object().pk)).data)

    @extend_schema(request=None, responses={202: RetryResultSerializer})
    @action(detail=True, methods=["post"], url_path="retry-failed")
    def retry_failed(self, request: Request, pk: str | None = None) -> Response:
        requeued = campaign_retry_failed(campaign_id=self.get_object().pk)
        return Response({"requeued": requeued}, status=status.HTTP_202_ACCEPTED)


class ContactViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet[Contact],
):
    """Contacts (the people who receive messages), filterable by tag, search text or segment rule."""

    serializer_class = ContactSerializer
    pagination_class = IdCursorPagination
    basename = "contact"

    def get_queryset(self) -> QuerySet[Contact]:
        params = self.request.query_params
        return selectors.contact_list(tag=params.get("tag"), search=params.get("search"), segment=params.get("segment"))

    @extend_schema(
        parameters=[
            OpenApiParameter("tag", str, required=False),
            OpenApiParameter("search", str, required=False),
            OpenApiParameter("segment", str, required=False, description="A segment rule, e.g. vip,tw"),
        ]
    )
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().list(request, *args, **kwargs)

    def perform_create(self, serializer: BaseSerializer[Contact]) -> None:
        serializer.instance = services.contact_create(**serializer.validated_data)

    def perform_update(self, serializer: BaseSerializer[Contact]) -> None:
        assert serializer.instance is not None
        serializer.instance = services.contact_update(contact=serializer.instance, data=dict(serializer.validated_data))

    @extend_schema(
        parameters=[OpenApiParameter("segment", str, required=False, description="A segment rule, e.g. vip,tw")],
        responses=AudienceSerializer,
    )
    @action(detail=False, methods=["get"])
    def audience(self, request: Request) -> Response:
        """How many subscribed contacts a segment rule selects (for a live count while typing)."""
        contacts = selectors.contacts_in_segment(segment_rule=request.query_params.get("segment", ""))
        return Response({"audience_size": contacts.count()})


class TagViewSet(viewsets.ReadOnlyModelViewSet[Tag]):
    serializer_class = TagSerializer
    pagination_class = None
    basename = "tag"

    def get_queryset(self) -> QuerySet[Tag]:
        return selectors.tag_list()
