"""IMAP: the session with the server (``session``), drafts in its Drafts folder
(``agent.sinks.imap``), replies from its INBOX (``watcher``) and ``doctor``'s checks (``doctor``).
"""
