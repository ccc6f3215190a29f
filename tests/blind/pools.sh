# tests/blind/pools.sh — which sets the developers may read (source it).
#   DEV_EN, DEV_ZH: development sets: documents, gold and errors are read.
#   VAL_EN, VAL_ZH: the validation half: only pooled figures are read, to
#     check that a rule found on DEV holds on documents nobody studied.
#   HOLD_EN, HOLD_ZH: held out: never run by developers; measured by the
#     integrator at a session's start and end only.
# A new sealed round joins HOLD_* once measured (tests/blind/README.md).
# Round twenty-six (JA-JF), twenty-five (KA-KF), twenty-four (LA-LF), twenty-one (OA-OF),
# twenty (PA-PF) and nineteen (QA-QF) are held out; eighteen is open;
# twenty-two (NA-NF) and twenty-three (MA-MF), measured at first contact,
# are validation.
HOLD_EN="JA JB JC JD ZW YC VC VD QA QB QC QD PA PB PC PD OA OB OC OD LA LB LC LD KA KB KC KD"
HOLD_ZH="JE JF ZZ YE VF QE QF PE PF OE OF LE LF KE KF"
VAL_EN="SC SD WA WB WC WD XC XD RB NA NB NC ND MA MB MC MD"
VAL_ZH="SF WE WF XE XF RD NE NF ME MF"
ZH_ALL="JE JF K KE KF L LE LF ME MF NE NF OE OF P PE PF QE QF R RC RD SE SF TE TF U VE VF WE WF XE XF Y YD YE ZB ZC ZJ ZK ZP ZQ ZU ZV ZZ"
EN_ALL="AA AB G H I J JA JB JC JD KA KB KC KD LA LB LC LD M MA MB MC MD N NA NB NC ND O OA OB OC OD PA PB PC PD Q QA QB QC QD RA RB S SA SB SC SD T TA TB TC TD V VA VB VC VD W WA WB WC WD X XA XB XC XD YA YB YC Z ZA ZD ZE ZF ZG ZL ZM ZN ZR ZS ZT ZW ZX ZY"
_minus() { for s in $1; do case " $2 " in *" $s "*) ;; *) printf '%s ' "$s";; esac; done; }
DEV_EN=$(_minus "$EN_ALL" "$HOLD_EN $VAL_EN")
DEV_ZH=$(_minus "$ZH_ALL" "$HOLD_ZH $VAL_ZH")
