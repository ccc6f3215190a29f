#!/bin/sh
# assemble the 10069 source from its head, generated table and tail
cd "$(dirname "$0")"
{ cat parts/10069_head.part; python3 gen_10069_table.py 2>/dev/null; cat parts/10069_tail.part; } > src/10069_bri_dsr_key_projects_list_2026.src
