import pytest

from campaigns.rendering import TemplateError, contact_context, template_compile, template_render


def render(source: str, **fields: object) -> str:
    context = contact_context(
        name=str(fields.get("name", "Alice Chen")),
        email="alice@example.com",
        phone="",
        tags=["vip", "tw"],
        attributes={"city": "Taipei", "plan": "pro"},
    )
    return template_render(template_compile(source), context)


def test_renders_the_demo_template_without_escaping() -> None:
    assert render("Hi {{name}}, we miss you! 💌") == "Hi Alice Chen, we miss you! 💌"
    assert render("Hi {{ name }} & <friends>", name="Tom & Jerry") == "Hi Tom & Jerry & <friends>"


def test_contact_fields_attributes_and_safe_tags_work() -> None:
    source = "{{ first_name|upper }} in {{ city }}{% if 'vip' in tags %} (VIP){% endif %}: {{ tags|join:'/' }}"
    assert render(source) == "ALICE in Taipei (VIP): tw/vip"
    assert render("{{ attributes.plan|default:'free' }} {{ missing|default:'n/a' }}") == "pro n/a"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("Hi {% if vip %}there", "Unclosed tag on line 1: 'if'"),
        ("{% load static %}", "The tag '{% load %}' is not allowed"),
        ("{% debug %}", "The tag '{% debug %}' is not allowed"),
        ("{% include 'x.html' %}", "The tag '{% include %}' is not allowed"),
        ("{% csrf_token %}", "is not allowed"),
        ("line1\n{{ name|pprint }}", "The filter 'pprint' is not allowed (line 2)"),
        ("{{ name|safe }}", "The filter 'safe' is not allowed"),
        ("{% endif %}", "Unexpected '{% endif %}'"),
        ("{{ name.__class__ }}", "may not begin with underscores"),
        ("{% for x %}{% endfor %}", "'for' statements should have at least four words"),
        ("", "The template is empty"),
        ("   ", "The template is empty"),
    ],
)
def test_bad_templates_say_what_and_where(source: str, message: str) -> None:
    with pytest.raises(TemplateError) as error:
        template_compile(source)
    assert message in str(error.value)


def test_settings_and_objects_are_out_of_reach() -> None:
    assert render("{{ settings.SECRET_KEY }}{{ request }}{{ user }}") == ""
