"""Views by role, like Django's contrib apps: ``wizard`` (writing a notice), ``organisations``
(dashboard and organisation pages), ``public`` (the hosted notice and the owner's publish
and versions pages), ``members`` and ``requests`` (teams and four eyes), ``lifecycle``,
``branding``, ``live``, ``upkeep``, ``data`` (export, import, activity log), ``accounts`` and
``site`` (the front page and Seloste's own pages). URLconfs: notices/urls*.py."""
