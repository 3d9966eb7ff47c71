"""What each of our apps declares about its models, and the lists of models derived from it.

Backups (``newsroom.archive``), the audit log (``accounts.audit``) and the page cache
(``core.pagecache``) each need a list of models. Hand-written lists drift from the models (a
backup once lost the trash that way), so each app's ``AppConfig`` mixes in ``ModelRoles`` and
names only its exceptions:

- ``derived_models``: rebuilt from the other models (``rebuild_derived``), so never archived
  and never watched;
- ``transient_models``: passing state that a backup does not carry (security counters);
- ``private_models``: never shown on a public page, so their changes leave cached pages
  valid (``ALL`` for an app with no public content);
- ``archived_models``: labels of other apps' models whose rows belong to this app's data
  (the accounts app keeps ``auth.User`` and ``auth.Group``);
- ``derived_media``: prefixes of media files made again on demand (photo renditions).

Every other model is archived, watched by the page cache, and its deletions are audited.
"""

from django.apps import apps

from core import surrogates

ALL = "__all__"


class ModelRoles:
    """Mixed into the AppConfig of each of our apps (see the module's docstring)."""

    derived_models = ()
    transient_models = ()
    private_models = ()
    archived_models = ()
    derived_media = ()

    def rebuild_derived(self):
        """Rebuild this app's derived data after a bulk load (an archive's import)."""

    def page_cache_keys(self, model, instance, signal):
        """The surrogate keys (``core.surrogates``) of the public pages that a change of
        ``instance``, one of this app's public ``model``s (or an automatic many-to-many
        model of one: ``signal`` then holds ``action``, ``reverse`` and ``pk_set``), may
        alter; None for every page."""
        return None


def our_apps():
    return [config for config in apps.get_app_configs() if isinstance(config, ModelRoles)]


def _named(config, names):
    return {config.get_model(name) for name in names}


def derived_models():
    return {model for config in our_apps() for model in _named(config, config.derived_models)}


def transient_models():
    return {model for config in our_apps() for model in _named(config, config.transient_models)}


def _kept(config):
    """The app's models that are data: neither derived nor transient."""
    return (
        set(config.get_models())
        - _named(config, config.derived_models)
        - _named(config, config.transient_models)
    )


def archived_models():
    """Every model a backup must hold, in an order that restores (dependencies first)."""
    from django.core import serializers

    models = set()
    for config in our_apps():
        models |= _kept(config)
        models |= {apps.get_model(label) for label in config.archived_models}
    ordered = serializers.sort_dependencies([(None, sorted(models, key=_label))])
    return ordered


def public_models():
    """The models whose changes may change a public page (the page cache follows them)."""
    models = set()
    for config in our_apps():
        if config.private_models == ALL:
            continue
        models |= _kept(config) - _named(config, config.private_models)
    return models


def page_cache_keys(model, instance, signal):
    """The surrogate keys a change of ``instance`` moves: its app's answer, or every page."""
    owner = model._meta.auto_created or model
    config = apps.get_app_config(owner._meta.app_label)
    keys = (
        config.page_cache_keys(model, instance, signal) if isinstance(config, ModelRoles) else None
    )
    return set(keys) if keys else {surrogates.ALL}


def derived_media():
    return tuple(prefix for config in our_apps() for prefix in config.derived_media)


def rebuild_derived():
    for config in our_apps():
        config.rebuild_derived()


def _label(model):
    return model._meta.label
