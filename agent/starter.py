"""``followup init``: a commented starter config, filled in from answers when run in a terminal."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from agent.errors import InputEnded
from agent.policy import starter_lines
from agent.safefiles import write_private

STARTER = """\
# followup configuration. Every key is documented in config.example.yaml in the repository.
me:
  name: {name}
  email: {email}
  # aliases: [you@work.example]        # other addresses that are also you
  # timezone: America/Los_Angeles      # default: this machine's zone

calendar:
  # a file, or your calendar's secret iCal address (Google: Settings > Integrate calendar)
  ics: {calendar}
  # window: {{past: 120d, future: 365d}}

drafts:
  maildir: {maildir}                  # a Maildir any mail client opens; created if missing
  # sent_maildir: ~/Mail/Sent          # lets followup tell a sent draft from a deleted one
  # html: false

# poll_interval: 5m
# policy:
{policy}
# articles:
#   - {{title: "Event sourcing in practice", url: "https://example.org/es", tags: [backend]}}
"""


def _ask(question: str, default: str) -> str:
    try:
        answer = input(f"{question} [{default}]: ").strip()
    except EOFError:
        print(file=sys.stderr)  # the prompt's line stays unfinished otherwise
        raise InputEnded(f'input ended at the prompt "{question}"; nothing was written') from None
    return answer or default


def starter_text(name: str, email: str, calendar: str, maildir: str) -> str:
    # JSON strings are valid YAML scalars: whatever the user typed stays one value.
    return STARTER.format(
        name=json.dumps(name),
        email=json.dumps(email),
        calendar=json.dumps(calendar),
        maildir=json.dumps(maildir),
        policy="\n".join(f"#   {line}" for line in starter_lines()),
    )


def write_starter(target: Path, *, interactive: bool) -> None:
    name, email = "Your Name", "you@example.com"
    calendar, maildir = "calendar.ics", "~/Mail/followup/Drafts"
    if interactive:
        name = _ask("Your name", name)
        email = _ask("Your email address", email)
        calendar = _ask("Calendar (.ics file or URL)", calendar)
        maildir = _ask("Drafts Maildir", maildir)
    # 0600: the config may hold a calendar's secret address
    write_private(target, starter_text(name, email, calendar, maildir))
