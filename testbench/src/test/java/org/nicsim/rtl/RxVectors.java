package org.nicsim.rtl;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Microsoft RSS verification vectors, read from the verbatim copy in the dispatch model's test
 * resources (the independent source of expected hashes for the RX and block tests).
 */
final class RxVectors {
    /**
     * One row of the table.
     *
     * @param src    source address
     * @param srcPort source port
     * @param dst    destination address
     * @param dstPort destination port
     * @param hashL3 hash over the addresses
     * @param hashL4 hash over the addresses then the ports
     */
    record Vector(InetAddress src, int srcPort, InetAddress dst, int dstPort, int hashL3, int hashL4) {
        boolean ipv6() {
            return src.getAddress().length == 16;
        }

        @Override
        public String toString() {
            return src.getHostAddress() + ":" + srcPort + " -> " + dst.getHostAddress() + ":" + dstPort;
        }
    }

    private static RxVectors loaded;

    private final byte[] key;
    private final List<Vector> vectors;

    private RxVectors(byte[] key, List<Vector> vectors) {
        this.key = key;
        this.vectors = vectors;
    }

    static synchronized RxVectors load() {
        if (loaded == null) {
            String root = System.getProperty("nicsim.root", ".");
            Path file = Path.of(root, "dispatch-model/src/test/resources/vectors/rss-microsoft.json");
            try {
                loaded = parse(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Microsoft vectors at " + file, e);
            }
        }
        return loaded;
    }

    private static RxVectors parse(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        byte[] key = HexFormat.of().parseHex(o.get("key").getAsString());
        JsonArray arr = o.getAsJsonArray("vectors");
        List<Vector> list = new ArrayList<>();
        for (JsonElement e : arr) {
            JsonObject v = e.getAsJsonObject();
            list.add(new Vector(address(v.get("src").getAsString()), v.get("srcPort").getAsInt(),
                    address(v.get("dst").getAsString()), v.get("dstPort").getAsInt(),
                    hex32(v.get("hashL3").getAsString()), hex32(v.get("hashL4").getAsString())));
        }
        return new RxVectors(key, List.copyOf(list));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: no name lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("vector address: " + literal, e);
        }
    }

    private static int hex32(String s) {
        return Integer.parseUnsignedInt(s.startsWith("0x") ? s.substring(2) : s, 16);
    }

    /** The 40-byte key the vectors were computed with. */
    byte[] key() {
        return key.clone();
    }

    List<Vector> vectors() {
        return vectors;
    }

    List<Vector> ipv4() {
        return vectors.stream().filter(v -> !v.ipv6()).toList();
    }

    List<Vector> ipv6() {
        return vectors.stream().filter(Vector::ipv6).toList();
    }
}
