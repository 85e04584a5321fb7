package org.nicsim.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nicsim.run.Fate;
import org.nicsim.run.InjectedFrame;
import org.nicsim.run.PacketRecord;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;
import org.nicsim.traffic.frame.FrameBuilder;
import org.nicsim.traffic.frame.Ipv4Header;
import org.nicsim.traffic.frame.TcpHeader;

/** The example of the README, kept here so it cannot rot: keep the two in step. */
class RunSessionExampleTest {
    @Test
    void aTcpFrameGetsTheMicrosoftHashAndTheQueueItsBucketSelects() throws Exception {
        Scenario s = ScenarioLoader.parse("{\"cpus\": 4, \"queues\": 4, \"app\": \"forward\"}", List.of());
        byte[] frame = new FrameBuilder()
                .ipv4(Ipv4Header.builder().source(ip("66.9.149.187")).destination(ip("161.142.100.80")).build())
                .transport(TcpHeader.ack(2794, 1766, 1, 1)).frameLength(128).build();
        RecordingObserver records = new RecordingObserver();

        RunOutcome outcome = RunSession.of(s).withFrames(List.of(new InjectedFrame(0, frame, false))).run(records);

        assertInstanceOf(RunOutcome.Passed.class, outcome);
        PacketRecord p = records.packet(0);
        assertEquals(Fate.DELIVERED, p.fate());
        assertEquals(0x51ccc178L, p.hash());          // Microsoft's RSS verification table, IPv4 with TCP
        assertEquals(0x78, p.bucket());               // hash & 127
        assertEquals(0x78 % 4, p.queue());            // the default RETA: bucket % queues
        assertEquals(1, records.transmitted().size()); // the forwarding app sent it back out
    }

    private static Inet4Address ip(String a) throws Exception {
        return (Inet4Address) InetAddress.getByName(a);
    }
}
