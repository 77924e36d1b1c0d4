import factory

from notices import models


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.fi")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organisation

    name = factory.Sequence(lambda n: f"Esimerkki {n} Oy")
    business_id = "0849585-3"
    street_address = "Esimerkkikatu 1"
    postal_code = "00100"
    city = "Helsinki"
    email = "info@example.fi"
    phone = "09 123 4567"
    website = "https://example.fi"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Membership

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(UserFactory)
    role = models.Membership.Role.OWNER


class NoticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Notice

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Asiakasrekisteri {n}")
    answers = factory.LazyFunction(dict)
