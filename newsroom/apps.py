from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    """Project-wide wiring: the page cache follows every change of content."""

    name = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from newsroom import audit
        from newsroom.pagecache import connect_signals

        connect_signals()
        audit.connect()

        from django.contrib.auth.signals import user_logged_in

        from newsroom.two_factor import decide_at_login

        user_logged_in.connect(decide_at_login, dispatch_uid="two-factor:login")
