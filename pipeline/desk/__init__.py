"""The review desk (``xuncha serve``): a small local web app where analysts accept, reject and
correct clues. ``schema`` (tables, no imports), ``auth`` (users, passwords, sessions),
``queries`` (the review queue and every change) need only the standard library; ``app``
(Starlette, Jinja2) is imported only by ``xuncha serve``."""
