"""The notice's rules as data plus small pure functions.

- ``catalogues``: legal bases, data categories, sources, recipients, safeguards, … with
  Finnish and English labels. The one source of truth read by wizard, renderer, checker,
  exports and admin.
- ``answers``: the shape of a notice's stored answers (the contract between the wizard
  and everything that reads a notice).
- ``steps``: the wizard's steps, in order.
- ``builder``: answers → ordered sections of the notice in one language and style.
- ``checker``: answers → completeness findings.
- ``service_library``: the services a business can pick (booking, payments, newsletters …)
  and the answer rows choosing one adds or removing one takes away.
"""
