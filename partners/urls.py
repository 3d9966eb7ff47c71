from django.urls import path

from partners import leads, views

app_name = "partners"

urlpatterns = [
    path("clic/<str:token>/", views.click, name="click"),
    path("vu/<str:token>/", views.impression, name="impression"),
    path("devenir-partenaire/", leads.lead, name="lead"),
    path("devenir-partenaire/merci/", leads.thanks, name="lead-thanks"),
]
