"""Words whose stems would meet unrelated words after text.stem's six-letter cut, each given a stem of its own."""

# Words whose stems would meet unrelated words after cutting ("responsibility" / "response", "internal" /
# "international": a country's internal crisis is the opposite of the international agenda; a counterpart
# is not countering; business is not a businesslike tone; "in particular" is not about the participants; the
# international community is no communication; "several" issues are no severance of ties, production is no productive
# tone, to facilitate is not facilities, and to oppose resolutely is no resolution; nor is a word a synonym group's
# by a member's stem (links79): "position" is no welcome ("positively"), "comment" and "commence" no "commend", nor
# are "critical", "concerted", "candidate", "understanding", "presence" criticism, concern, candour, stress or detail.
# Prefixes are tried in order.
STEM_OVERRIDES = (("responsib", "onus"), ("consequen", "conseq"), ("decisive", "decisv"), ("internal", "intrnl"),
                  ("counterpart", "cntrpt"), ("businesslike", "bizlik"), ("particular", "prtclr"),
                  ("communit", "cmnty"), ("several", "sevrl"), ("productiv", "produc"), ("produc", "prodct"),
                  ("facilitat", "facl8"), ("resolute", "reslut"), ("position", "postn"), ("comment", "cmnt"),
                  ("commenc", "cmnce"), ("critical", "crtcl"), ("concert", "cncrt"), ("candidat", "cndt8"),
                  ("understand", "undrst"), ("presence", "presnc"))
