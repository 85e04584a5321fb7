/**
 * RSS for the model: Toeplitz hash, frame classification (the Java twin of the RTL parser), hash
 * type selection, RETA placement and the comparison placements of DragonFly and Linux RPS.
 *
 * <p>The classification rules below are the contract with the RTL parser; the same list is in
 * docs/dispatch-model.md. Offsets are byte offsets, multi-byte fields are
 * big-endian. {@code L} = frame length (FCS excluded), {@code o} = start of the L3 header.
 *
 * <pre>
 * Classification
 *
 *
 * C1. Runt: L &lt; 14 -&gt; malformed. (The NIC drops runts and counts RX_DROP_ERROR; the model still
 *     classifies them as malformed so the function is total.)
 * C2. EtherType E = bytes 12..13. If E == 0x8100 (one 802.1Q tag): L &lt; 18 -&gt; malformed with
 *     no VLAN flag and TCI 0; otherwise VLAN flag (bit1) set, TCI = bytes 14..15, E = bytes 16..17,
 *     o = 18. Otherwise o = 14, TCI 0. Only one tag is parsed: an inner E == 0x8100 is an
 *     ordinary "other" EtherType (rule C3).
 * C3. E == 0x0800 -&gt; IPv4 (flag bit2, rules C4..C8). E == 0x86DD -&gt; IPv6 (flag bit3, rules
 *     C9..C12). Any other E -&gt; non-IP: not malformed, hash type NONE, flags only VLAN if C2 set it.
 * -- IPv4 (header at o)
 * C4. L - o &lt; 20 -&gt; malformed.
 * C5. version = byte o &gt;&gt; 4; version != 4 -&gt; malformed.
 * C6. IHL = byte o &amp; 0x0F; IHL &lt; 5 -&gt; malformed; L - o &lt; 4*IHL -&gt; malformed (options are
 *     allowed and skipped).
 * C7. TL = total length, bytes o+2..o+3; TL &lt; 4*IHL -&gt; malformed; o + TL &gt; L -&gt; malformed.
 *     (o + TL &lt; L is fine: Ethernet padding.)
 * C8. Fragment = MF (bit 0x2000 of bytes o+6..o+7) set OR fragment offset (low 13 bits of the same
 *     16-bit field) != 0. A fragment is L3-only and sets flag bit6 (whatever the protocol). A
 *     non-fragment with protocol (byte o+9) 6 (TCP) or 17 (UDP) needs its 4 port bytes inside the
 *     IP datagram: 4*IHL + 4 &gt; TL -&gt; malformed; otherwise source port = bytes o+4*IHL..+1,
 *     destination port = bytes o+4*IHL+2..+3, flag bit4 (TCP) or bit5 (UDP). Any other protocol -&gt;
 *     L3-only. L3 tuple = source address bytes o+12..o+15, destination o+16..o+19.
 * -- IPv6 (header at o)
 * C9.  L - o &lt; 40 -&gt; malformed.
 * C10. version = byte o &gt;&gt; 4; version != 6 -&gt; malformed.
 * C11. PL = payload length, bytes o+4..o+5; o + 40 + PL &gt; L -&gt; malformed (longer frame = padding, fine).
 * C12. Next header (byte o+6) 6 (TCP) or 17 (UDP): needs 4 port bytes inside the payload:
 *      PL &lt; 4 -&gt; malformed; otherwise ports at bytes o+40..o+43 (source, destination), flag bit4
 *      or bit5. Any other next header (hop-by-hop 0, routing 43, fragment 44, ESP, AH, dest-opts 60,
 *      ICMPv6, ... i.e. every extension header) -&gt; L3-only, no fragment flag. L3 tuple = source
 *      address bytes o+8..o+23, destination o+24..o+39.
 * -- Flags of a malformed frame
 * C13. Malformed -&gt; flags = bit7, plus bit1 VLAN if C2 read the tag, plus bit2 / bit3 if the EtherType
 *      said IPv4 / IPv6. Bit4 TCP, bit5 UDP and bit6 fragment are never set on a malformed frame
 *      (TCP/UDP are set only when the ports were read). Hash type NONE. Rules C4..C7 / C9..C11 are
 *      all checked; any failure gives the same result, so their order does not matter.
 * C14. Flags never depend on the enabled hash types. bit0 (DD) is the NIC's, not classification's.
 *
 * Hash type selection (enabled = RSS_HASH_TYPES register; RSS_HASHTYPE_* bits)
 *
 * H1. Malformed or non-IP -&gt; NONE (0).
 * H2. IPv4 with TCP ports and TCP_IPV4 (1&lt;&lt;2) enabled -&gt; RSS_TCP_IPV4 0x82, input 12 bytes
 *     (src addr, dst addr, src port, dst port).
 * H3. IPv4 with UDP ports and UDP_IPV4 (1&lt;&lt;7) enabled -&gt; RSS_UDP_IPV4 0x87, input 12 bytes.
 * H4. Otherwise IPv4 (fragment, other protocol, or the L4 type disabled) with IPV4 (1&lt;&lt;1) enabled -&gt;
 *     RSS_IPV4 0x81, input 8 bytes (src addr, dst addr).
 * H5. IPv6 with TCP ports and TCP_IPV6 (1&lt;&lt;4) enabled -&gt; RSS_TCP_IPV6 0x84, input 36 bytes.
 * H6. IPv6 with UDP ports and UDP_IPV6 (1&lt;&lt;9) enabled -&gt; RSS_UDP_IPV6 0x89, input 36 bytes.
 * H7. Otherwise IPv6 with IPV6 (1&lt;&lt;3) enabled -&gt; RSS_IPV6 0x83, input 32 bytes.
 * H8. Anything else (type disabled) -&gt; NONE.
 * H9. NONE -&gt; hash value 0, queue = DEFAULT_QUEUE. Otherwise hash = Toeplitz(key, input),
 *     bucket = hash &amp; 127, queue = RETA[bucket].
 * </pre>
 */
package org.nicsim.model.rss;
