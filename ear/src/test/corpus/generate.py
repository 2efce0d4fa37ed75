#!/usr/bin/env python3
# Regenerates the bad-input corpus (ear/src/test/resources/corpus) used by BadInputCorpusIT.
# Each entry: a file with a malformed or hostile message, the queue to send it to, and its exact expected reason code.
# Placeholders @@PORT@@, @@SECRET_FILE@@ and @@GENERATE:...@@ are filled in by the test at run time.
import os, random
random.seed(20261122)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "corpus", "bad")
for f in os.listdir(OUT): os.remove(os.path.join(OUT,f))
TV1 = "<ECEDOC><PROLOG>OS        02          </PROLOG><HEADER><HDR010>0110001     USD       129.97          10.40           7.50            0.60            BE-2024-000123                C                               202403052024030620240301</HDR010><USRLST><DATUSR>CARRIER 3         UPS</DATUSR></USRLST></HEADER><ITMLST><ITMDAT><ITM010>0210001     BE-2024-000123                20002     BE-LINE-1                     S                               2024030520240306202403012         USD       </ITM010><USRLST></USRLST></ITMDAT></ITMLST></ECEDOC>"
assert len(TV1)==543
# Use order 10003 / item 20004 so that the bad variants are otherwise valid against the demo data.
BASE = TV1.replace("BE-2024-000123","BE-10003      ").replace("0110001     ","0110003     ").replace("0210001     BE-10003                      20002     ","0210003     BE-10003                      20004     ")
manifest=[]
n=[0]
def add(name, body, expect, queue=None):
    n[0]+=1
    fname=f"{n[0]:03d}-{name}" + (".bin" if isinstance(body,bytes) else ".txt")
    data = body if isinstance(body,bytes) else body.encode("utf-8")
    open(os.path.join(OUT,fname),"wb").write(data)
    manifest.append((fname, queue or ("serial" if n[0]%2 else "parallel"), expect))
hdr_start = BASE.index("<HDR010>")+8
itm_start = BASE.index("<ITM010>")+8
def hdr_field(off, width, value):
    s = hdr_start+off
    return BASE[:s] + value.ljust(width)[:width] + BASE[s+width:]
def itm_field(off, width, value):
    s = itm_start+off
    return BASE[:s] + value.ljust(width)[:width] + BASE[s+width:]
# --- legacy: truncation at many points
for cut in [16, 30, 38, 52, 100, 230, 300, 340, 390, 420, 460, 500, len(BASE)-9, len(BASE)-1]:
    add(f"legacy-truncated-at-{cut}", BASE[:cut], "LEGACY_STRUCTURE")
# too short to be recognised as legacy: the XML mapper refuses it
add("legacy-truncated-at-5", BASE[:5], "XML_MALFORMED")
# --- wrong widths
for k in [1, 2, 10, 40]:
    s = hdr_start+140
    # short by a few: the closing tag slides into the last fields (a bad value); by 40 the record ends early
    add(f"legacy-hdr010-short-by-{k}", BASE[:s]+BASE[s+k:], "LEGACY_STRUCTURE" if k == 40 else "LEGACY_FIELD")
for k in [1, 5, 30]:
    s = itm_start+100
    add(f"legacy-itm010-short-by-{k}", BASE[:s]+BASE[s+k:], "LEGACY_FIELD")
add("legacy-prolog-short", BASE.replace("OS        02          ","OS        02"), "LEGACY_FIELD")
# --- bad dates (HDR010 NC_ScheduleShipDate @148, NC_PlaceDate @164; ITM010 dates @114..)
for i,(off,val) in enumerate([(148,"2024-03-"),(148,"20241305"),(156,"20240230"),(164,"2024030A"),(164,"00000000"),(148,"99999999"),(156,"2024 305")]):
    add(f"legacy-hdr-bad-date-{i}", hdr_field(off,8,val), "LEGACY_FIELD")
for i,(off,val) in enumerate([(114,"20240332"),(122,"ABCDEFGH"),(130,"2024-3-1")]):
    add(f"legacy-itm-bad-date-{i}", itm_field(off,8,val), "LEGACY_FIELD")
# --- non-numeric amounts / ids / quantities
for i,(off,w,val) in enumerate([(22,16,"12O.97"),(22,16,"1,299.97"),(38,16,"abc"),(54,16,"--1"),(70,16,"1.2.3"),(22,16,"1e5"),(38,16,"NaN"),(54,16,"+"),(2,10,"ORD-10003")]):
    add(f"legacy-hdr-non-numeric-{i}", hdr_field(off,w,val), "LEGACY_FIELD")
for i,(off,w,val) in enumerate([(138,10,"two"),(42,10,"ITEM20004"),(138,10,"2.5.1")]):
    add(f"legacy-itm-non-numeric-{i}", itm_field(off,w,val), "LEGACY_FIELD")
# --- unknown PROLOG type / version: no legacy layout matches, so no mapper takes the message; a blank type is read
#     as a PROLOG whose mandatory type field is empty
for t,v in [("XX","02"),("ON","01"),("OS","03"),("OS","99"),("  ","02"),("PP","01"),("os","02")]:
    add(f"legacy-prolog-{t.strip() or 'blank'}-{v}", BASE.replace("<PROLOG>OS        02", "<PROLOG>"+t.ljust(10)+v), "LEGACY_FIELD" if t == "  " else "NO_COMMAND")
# --- DATUSR problems
d = "<DATUSR>CARRIER 3         UPS</DATUSR>"
for i,rep in enumerate(["<DATUSR>CARRIER 5         UPS</DATUSR>","<DATUSR>CARRIER three     UPS</DATUSR>","<DATUSR>CARRIER -3        UPS</DATUSR>",
                        "<DATUSR>CARRIER 999999999 UPS</DATUSR>","<DATUSR>CARRIER 3         UPS","<DATUSR>CARR</DATUSR>","<DATUSR>CARRIER 3         UP</DATUSR>"]):
    add(f"legacy-datusr-{i}", BASE.replace(d, rep), "LEGACY_USER_DATA")
# --- structure
add("legacy-no-ecedoc-end", BASE.replace("</ECEDOC>",""), "LEGACY_STRUCTURE")
add("legacy-no-header", BASE.replace("<HEADER>","").replace("</HEADER>",""), "LEGACY_STRUCTURE")
add("legacy-no-hdr010", BASE[:BASE.index("<HDR010>")]+BASE[BASE.index("</HDR010>")+9:], "LEGACY_STRUCTURE")
add("legacy-itmdat-without-itm010", BASE[:BASE.index("<ITM010>")]+BASE[BASE.index("</ITM010>")+9:], "LEGACY_STRUCTURE")
add("legacy-garbage-tag", BASE.replace("<ITMLST>","<ITMLST><FOO>bar</FOO>"), "LEGACY_STRUCTURE")
add("legacy-hdr010-twice", BASE.replace("</HDR010>","</HDR010>"+BASE[BASE.index("<HDR010>"):BASE.index("</HDR010>")+9]), "LEGACY_STRUCTURE")
add("legacy-nested-ecedoc", BASE.replace("<HEADER>","<ECEDOC><HEADER>"), "LEGACY_STRUCTURE")
# --- business failures (well-formed legacy)
add("legacy-unknown-order", hdr_field(2,10,"99999").replace("0210003     BE-2024","0299999     BE-2024"), "_ERR_OS_UNKNOWN_ORDER")
add("legacy-both-order-ids-missing", hdr_field(86,30,"").replace(hdr_field(86,30,"")[hdr_start+2:hdr_start+12], " "*10) if False else (lambda b: b[:hdr_start+2]+" "*10+b[hdr_start+12:])(hdr_field(86,30,"")), "_ERR_OS_PARAMS")
add("legacy-item-of-another-order", itm_field(42,10,"20003"), "_ERR_OI_ORDERITEMID_MISMATCH")
add("legacy-item-unknown", itm_field(42,10,"88888"), "_ERR_OI_ORDERITEMID_MISMATCH")
add("legacy-item-without-ids", (lambda b: b)(itm_field(42,10,"")[:itm_start+52]+" "*30+itm_field(42,10,"")[itm_start+82:]), "_ERR_OI_PARAMS")
# --- XML
XML_HEAD='<?xml version="1.0" encoding="UTF-8"?>\n'
def nc(header_inner, items="", doctype='<!DOCTYPE Update_NC_OrderStatus SYSTEM "Update_NC_OrderStatus_10.dtd">\n', control='<ControlArea><Verb value="Update">Update</Verb><Noun value="NC_OrderStatus">NC_OrderStatus</Noun></ControlArea>', root_attr='version="1.0"'):
    return XML_HEAD+doctype+f'<Update_NC_OrderStatus {root_attr}>{control}<DataArea><OrderStatus><OrderStatusHeader>{header_inner}</OrderStatusHeader>{items}</OrderStatus></DataArea></Update_NC_OrderStatus>'
GOODHDR='<OrderNumberByBackend>BE-10003</OrderNumberByBackend><OrderNumberByNC>10003</OrderNumberByNC><Status>C</Status>'
# security
add("xml-xxe-local-file", XML_HEAD+'<!DOCTYPE Update_NC_OrderStatus [<!ENTITY xxe SYSTEM "file://@@SECRET_FILE@@">]>\n'+nc('<OrderNumberByNC>10003</OrderNumberByNC><Status>&xxe;</Status>',doctype="")[len(XML_HEAD):], "XML_FORBIDDEN")
add("xml-xxe-parameter-entity", XML_HEAD+'<!DOCTYPE Update_NC_OrderStatus [<!ENTITY % p SYSTEM "file://@@SECRET_FILE@@"> %p;]>\n'+nc(GOODHDR,doctype="")[len(XML_HEAD):], "XML_FORBIDDEN")
add("xml-external-dtd-url", nc(GOODHDR, doctype='<!DOCTYPE Update_NC_OrderStatus SYSTEM "http://127.0.0.1:@@PORT@@/evil.dtd" [<!ENTITY x SYSTEM "http://127.0.0.1:@@PORT@@/x">]>\n').replace("<Status>C</Status>","<Status>&x;</Status>"), "XML_FORBIDDEN")
add("xml-external-entity-http", XML_HEAD+'<!DOCTYPE Update_NC_OrderStatus [<!ENTITY x SYSTEM "http://127.0.0.1:@@PORT@@/entity">]>\n'+nc('<OrderNumberByNC>10003</OrderNumberByNC><Status>&x;</Status>',doctype="")[len(XML_HEAD):], "XML_FORBIDDEN")
lol = '<!DOCTYPE Update_NC_OrderStatus [<!ENTITY lol "lol">' + "".join(f'<!ENTITY lol{i} "{("&lol"+(str(i-1) if i>1 else "")+";")*10}">' for i in range(1,10)) + ']>\n'
add("xml-billion-laughs", XML_HEAD+lol+nc('<OrderNumberByNC>10003</OrderNumberByNC><Status>&lol9;</Status>',doctype="")[len(XML_HEAD):], "XML_FORBIDDEN")
quad = '<!DOCTYPE Update_NC_OrderStatus [<!ENTITY a "' + "x"*50000 + '">]>\n'
add("xml-quadratic-blowup", XML_HEAD+quad+nc('<OrderNumberByNC>10003</OrderNumberByNC><Status>'+"&a;"*2000+'</Status>',doctype="")[len(XML_HEAD):], "XML_FORBIDDEN")
add("xml-xinclude", nc(GOODHDR.replace("<Status>C</Status>",'<Status><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://@@SECRET_FILE@@" parse="text"/></Status>')), "XML_INVALID")
add("xml-doctype-file-url", nc(GOODHDR, doctype='<!DOCTYPE Update_NC_OrderStatus SYSTEM "file://@@SECRET_FILE@@">\n').replace("<OrderNumberByBackend>BE-10003","<OrderNumberByBackend>BE-10003&undefined;"), "XML_INVALID")
# malformed
g = nc(GOODHDR)
add("xml-unclosed-tag", g.replace("</Status>",""), "XML_MALFORMED")
add("xml-bad-attribute-quote", g.replace('version="1.0"','version="1.0'), "XML_MALFORMED")
add("xml-two-roots", g+"<Update_NC_OrderStatus/>", "XML_MALFORMED")
add("xml-text-before-root", "junk"+g, "NO_COMMAND")  # not XML from its first character: no mapper takes it
add("xml-invalid-char-ref", g.replace("<Status>C","<Status>&#0;C"), "XML_MALFORMED")
add("xml-undefined-entity", g.replace("<Status>C","<Status>&nbsp;C"), "XML_INVALID")
add("xml-truncated", g[:len(g)//2], "XML_MALFORMED")
add("xml-mismatched-end", g.replace("</OrderStatusHeader>","</OrderStatusHeaders>"), "XML_MALFORMED")
add("xml-encoding-lie-utf16", g.replace('encoding="UTF-8"','encoding="UTF-16"'), "XML_ENCODING")
# DTD-invalid
add("xml-elements-out-of-order", nc('<OrderNumberByNC>10003</OrderNumberByNC><OrderNumberByBackend>BE-10003</OrderNumberByBackend>'), "XML_INVALID")
add("xml-missing-controlarea", nc(GOODHDR, control=""), "XML_INVALID")
add("xml-unknown-element", nc(GOODHDR+'<Surprise>1</Surprise>'), "XML_INVALID")
add("xml-totalpriceinfo-without-netprice", nc('<OrderNumberByNC>10003</OrderNumberByNC><TotalPriceInfo currency="USD"><TotalTaxPrice>1</TotalTaxPrice></TotalPriceInfo>'), "XML_INVALID")
add("xml-fixed-version-mismatch", nc(GOODHDR, root_attr='version="2.0"'), "NO_COMMAND")  # no template for NC_OrderStatus 2.0
add("xml-verb-value-wrong", nc(GOODHDR, control='<ControlArea><Verb value="Delete">Delete</Verb><Noun value="NC_OrderStatus">x</Noun></ControlArea>'), "XML_INVALID")
add("xml-no-doctype-invalid", nc(GOODHDR+'<Bogus/>', doctype=""), "XML_INVALID")
add("xml-two-headers", nc(GOODHDR+'</OrderStatusHeader><OrderStatusHeader>'+GOODHDR), "XML_DUPLICATE_FIELD")
add("xml-userdatafield-without-name", nc(GOODHDR+'<UserData><UserDataField>x</UserDataField></UserData>'), "XML_INVALID")
# business XML
add("xml-unknown-order", nc('<OrderNumberByNC>99999</OrderNumberByNC><Status>C</Status>'), "_ERR_OS_UNKNOWN_ORDER")
add("xml-both-ids-missing", nc('<Status>C</Status>'), "_ERR_OS_PARAMS")
add("xml-merchant-number-only-unknown", nc('<OrderNumberByBackend>NOPE-1</OrderNumberByBackend><Status>C</Status>'), "_ERR_OS_ORDER_NOT_EXIST")
add("xml-item-without-ids", nc(GOODHDR, items='<OrderStatusItem><Quantity>1</Quantity><Status>S</Status></OrderStatusItem>'), "_ERR_OI_PARAMS")
add("xml-item-of-another-order", nc(GOODHDR, items='<OrderStatusItem><ItemNumberByNC>20001</ItemNumberByNC><Status>S</Status></OrderStatusItem>'), "_ERR_OI_ORDERITEMID_MISMATCH")
add("xml-non-numeric-price", nc('<OrderNumberByNC>10003</OrderNumberByNC><TotalPriceInfo currency="USD"><TotalNetPrice>lots</TotalNetPrice></TotalPriceInfo>'), "_ERR_OS_INVALID_NUMERIC")
add("xml-non-numeric-order-id", nc('<OrderNumberByNC>ten</OrderNumberByNC><Status>C</Status>'), "_ERR_OS_INVALID_NUMERIC")
add("xml-bad-date", nc(GOODHDR+'<DateTimeReference><PlacedDate>20241301</PlacedDate></DateTimeReference>'), "XML_FIELD")
add("xml-bad-date-format", nc(GOODHDR+'<DateTimeReference><PlacedDate>2024-03-01</PlacedDate></DateTimeReference>'), "XML_FIELD")
add("xml-non-numeric-quantity", nc(GOODHDR, items='<OrderStatusItem><ItemNumberByNC>20004</ItemNumberByNC><Quantity>two</Quantity></OrderStatusItem>'), "_ERR_OS_INVALID_NUMERIC")
add("xml-customerfield1-not-integer", nc(GOODHDR+'<CustomerField>seven</CustomerField>'), "_ERR_OS_INVALID_NUMERIC")
add("xml-status-too-long", nc('<OrderNumberByNC>10003</OrderNumberByNC><Status>'+"S"*40+'</Status>'), "_ERR_OS_INVALID_VALUE")
WCS='<?xml version="1.0" encoding="UTF-8"?>\n<Update_WCS_OrderStatus version="3.0"><ControlArea><Verb value="Update">Update</Verb><Noun value="WCS_OrderStatus">WCS_OrderStatus</Noun></ControlArea><DataArea><OrderShipping><SerializationInfo><SequenceNumber>1</SequenceNumber><LastUpdateTimestamp>%s</LastUpdateTimestamp></SerializationInfo><OrderStatusHeader><OrderNumber type="ByWCS">%s</OrderNumber><Status StatusCondition="%s">Shipped</Status></OrderStatusHeader></OrderShipping></DataArea></Update_WCS_OrderStatus>'
add("wcs-bad-timestamp", WCS%("yesterday","10003","S"), "XML_FIELD")
add("wcs-bad-status-condition", WCS%("2024-03-06T09:15:00.000000","10003","ZZ"), "XML_INVALID")
add("wcs-unknown-order", WCS%("2024-03-06T09:15:00.000000","99999","S"), "_ERR_OS_UNKNOWN_ORDER")
add("wcs-version-4", (WCS%("2024-03-06T09:15:00.000000","10003","S")).replace('version="3.0"','version="4.0"'), "NO_COMMAND")  # no template for 4.0
add("wcs-two-dataarea-children", (WCS%("2024-03-06T09:15:00.000000","10003","S")).replace("</OrderShipping>","</OrderShipping><OrderInvoice/>"), "XML_UNSUPPORTED")
# other
add("unknown-root", XML_HEAD+'<Foo version="1.0"><Bar/></Foo>', "NO_COMMAND")
add("json-body", '{"orderId": 10003, "status": "C"}', "NO_COMMAND")
add("empty-body", "", "NO_COMMAND")
add("whitespace-only", "   \n\t  ", "NO_COMMAND")
add("plain-text", "Please ship order 10003", "NO_COMMAND")
add("html", "<html><body>order</body></html>", "NO_COMMAND")
# random bytes are not UTF-8 (the default charset of a message that declares none)
for i in range(6):
    add(f"binary-random-{i}", bytes(random.getrandbits(8) for _ in range(random.randint(1, 4000))), "ENCODING")
add("binary-nul-bytes", b"\x00"*64, "NO_COMMAND")
add("legacy-with-nul", (BASE[:100]+"\x00"+BASE[101:]), "LEGACY_FIELD")
add("invalid-utf8-overlong", b"<ECEDOC>\xc0\xaf</ECEDOC>", "ENCODING")
add("invalid-utf8-truncated-sequence", BASE.encode()[:200]+b"\xe2\x82"+BASE.encode()[202:], "ENCODING")
add("invalid-utf8-lone-continuation", b"\x80\x81\x82"+BASE.encode(), "ENCODING")
add("invalid-utf8-in-xml", g.encode().replace(b"<Status>C", b"<Status>\xff\xfeC"), "ENCODING")
add("utf16-bom-body", "\ufeff".encode("utf-16-le")+g.encode("utf-16-le"), "ENCODING")
add("huge-5mb-legacy", "@@GENERATE:5MB-LEGACY@@", "LEGACY_TOO_LARGE")
add("huge-5mb-xml", "@@GENERATE:5MB-XML@@", "XML_TOO_LARGE")
add("deeply-nested-xml", XML_HEAD+"<a>"*30000+"</a>"*30000, "NO_COMMAND")  # unknown root: never parsed deeply
add("long-attribute-xml", nc(GOODHDR).replace('version="1.0"', 'version="1.0" x="'+"y"*200000+'"'), "XML_MALFORMED")
add("many-items-unknown", nc(GOODHDR, items="".join(f'<OrderStatusItem><ItemNumberByNC>{77000+i}</ItemNumberByNC></OrderStatusItem>' for i in range(50))), "_ERR_OI_ORDERITEMID_MISMATCH")
# a known root nested past the depth limit (64): refused by the limit before the DTD sees the misplaced elements
add("deeply-nested-known-root", nc(GOODHDR).replace("<DataArea>", "<DataArea>"*30000).replace("</DataArea>", "</DataArea>"*30000), "XML_LIMIT")
with open(os.path.join(HERE, "..", "resources", "corpus", "bad-manifest.tsv"), "w") as f:
    f.write("# file\tqueue\texpected reason code (CI_ReasonCode of the error queue copy)\n")
    for name,q,e in manifest:
        f.write(f"{name}\t{q}\t{e}\n")
print(len(manifest))
