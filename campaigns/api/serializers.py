from typing import Any

from rest_framework import serializers

from campaigns.models import Campaign, Contact, Tag
from campaigns.services import campaign_validate


class CampaignSerializer(serializers.ModelSerializer[Campaign]):
    class Meta:
        model = Campaign
        fields = [
            "id", "name", "template", "subject", "segment_rule", "channel", "status", "audience_size",
            "created_at", "updated_at", "started_at", "finished_at",
        ]  # fmt: skip
        read_only_fields = [
            "id", "status", "audience_size", "created_at", "updated_at", "started_at", "finished_at",
        ]  # fmt: skip
        extra_kwargs = {"segment_rule": {"required": False, "allow_blank": True}}

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        campaign_validate(template=attrs.get("template"), segment_rule=attrs.get("segment_rule"))
        return attrs


class SendResultSerializer(serializers.Serializer[Campaign]):
    id = serializers.IntegerField()
    status = serializers.CharField()
    audience_size = serializers.IntegerField()


class PreviewTargetSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    email = serializers.EmailField()
    tags = serializers.ListField(child=serializers.CharField())
    rendered = serializers.CharField()


class PreviewSerializer(serializers.Serializer[Any]):
    audience_size = serializers.IntegerField()
    targets = PreviewTargetSerializer(many=True)


class TagSerializer(serializers.ModelSerializer[Tag]):
    contact_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Tag
        fields = ["id", "name", "contact_count"]


class TagNamesField(serializers.ListField):
    """Tags as a list of names: read from the relation, written as plain strings."""

    def to_representation(self, data: Any) -> list[str]:
        items = data.all() if hasattr(data, "all") else data
        return [getattr(tag, "name", tag) for tag in items]


class ContactSerializer(serializers.ModelSerializer[Contact]):
    tags = TagNamesField(
        child=serializers.RegexField(r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,63}$", error_messages={
            "invalid": "A tag uses letters, digits, '-', '_', '.' or ':' (at most 64 characters).",
        }),
        required=False,
    )  # fmt: skip

    class Meta:
        model = Contact
        fields = ["id", "name", "email", "phone", "tags", "attributes", "unsubscribed_at", "created_at"]
        read_only_fields = ["id", "created_at"]

    def to_internal_value(self, data: Any) -> Any:
        # Lower-case before the uniqueness check runs, so Alice@Example.com is a duplicate too.
        if isinstance(data, dict) and isinstance(data.get("email"), str):
            data = {**data, "email": data["email"].strip().lower()}
        return super().to_internal_value(data)

    def validate_attributes(self, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise serializers.ValidationError('Attributes must be a JSON object, e.g. {"city": "Taipei"}.')
        return value


class AudienceSerializer(serializers.Serializer[Any]):
    audience_size = serializers.IntegerField()
