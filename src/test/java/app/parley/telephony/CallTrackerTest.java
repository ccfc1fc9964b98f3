package app.parley.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Event sequences as Asterisk 22 sends them for the sandbox's coached call (dialplans/sandbox). */
class CallTrackerTest {
    static final CallTracker.Rules RULES = new CallTracker.Rules("PARLEY", "PARLEY_AGENT", "PARLEY_ROLE",
            Set.of("coached-inbound"), Set.of("collections"));
    static final String LINKED = "parley-sandbox-2040cdf3";
    static final String CALLER = "Local/s@parley-sandbox-caller-00000000;1";
    static final String AGENT = "Local/s@parley-sandbox-agent-00000001;1";

    private final CallTracker tracker = new CallTracker(RULES);
    private final List<CallTracker.Update> updates = new ArrayList<>();

    private void feed(AmiEvent... events) {
        for (AmiEvent event : events) {
            updates.addAll(tracker.apply(event));
        }
    }

    static AmiEvent newChannel(String channel, String uniqueId, String number, String context) {
        return AmiEvent.of("Newchannel", "Channel", channel, "Uniqueid", uniqueId, "Linkedid", LINKED,
                "CallerIDNum", number, "Context", context, "ChannelState", "0");
    }

    static AmiEvent varSet(String channel, String uniqueId, String variable, String value) {
        return AmiEvent.of("VarSet", "Channel", channel, "Uniqueid", uniqueId, "Linkedid", LINKED,
                "Variable", variable, "Value", value);
    }

    static AmiEvent bridgeEnter(String channel, String uniqueId) {
        return AmiEvent.of("BridgeEnter", "Channel", channel, "Uniqueid", uniqueId, "Linkedid", LINKED,
                "BridgeUniqueid", "bridge-1");
    }

    static AmiEvent hangup(String channel, String uniqueId) {
        return AmiEvent.of("Hangup", "Channel", channel, "Uniqueid", uniqueId, "Linkedid", LINKED, "Cause", "16");
    }

    /** The sandbox call up to the bridge, in the order Asterisk sent it. */
    void sandboxCallUntilBridged() {
        feed(newChannel(CALLER, LINKED, "<unknown>", "parley-sandbox-inbound"),
                AmiEvent.of("NewCallerid", "Channel", CALLER, "Uniqueid", LINKED, "CallerIDNum", "5550100101"),
                newChannel("Local/s@parley-sandbox-caller-00000000;2", LINKED + ";2", "<unknown>", "parley-sandbox-caller"),
                newChannel(AGENT, "1795437378.2", "s", "parley-sandbox-agent"),
                newChannel("Local/s@parley-sandbox-agent-00000001;2", "1795437378.3", "s", "parley-sandbox-agent"),
                AmiEvent.of("DialBegin", "Channel", CALLER, "Uniqueid", LINKED, "DestChannel", AGENT),
                varSet(AGENT, "1795437378.2", "PARLEY_AGENT", "agent-1001"),
                varSet(AGENT, "1795437378.2", "PARLEY_ROLE", "agent"),
                varSet(AGENT, "1795437378.2", "PARLEY", "1"),
                varSet(CALLER, LINKED, "PARLEY_AGENT", "agent-1001"),
                varSet(CALLER, LINKED, "PARLEY_ROLE", "caller"),
                varSet(CALLER, LINKED, "PARLEY", "1"),
                AmiEvent.of("DialEnd", "Channel", CALLER, "Uniqueid", LINKED, "DialStatus", "ANSWER"));
        assertTrue(updates.isEmpty(), "nothing before the bridge: " + updates);
        feed(bridgeEnter(AGENT, "1795437378.2"), bridgeEnter(CALLER, LINKED));
    }

    @Test
    void markedCallIsAnsweredOnceBothPartiesAreBridged() {
        sandboxCallUntilBridged();
        assertEquals(List.of(new CallTracker.Answered(new CoachedCall(LINKED, new CoachedCall.Party(CALLER, LINKED),
                new CoachedCall.Party(AGENT, "1795437378.2"), "5550100101", "agent-1001"))), updates);
    }

    @Test
    void callEndsWhenAPartyHangsUpAndIsReportedOnce() {
        sandboxCallUntilBridged();
        updates.clear();
        feed(hangup("Local/s@parley-sandbox-caller-00000000;2", LINKED + ";2"));
        assertTrue(updates.isEmpty(), "a Local ;2 half is not a party");
        feed(hangup(CALLER, LINKED), hangup(AGENT, "1795437378.2"), hangup("x;2", "1795437378.3"));
        assertEquals(List.of(new CallTracker.Ended(LINKED)), updates);
        assertEquals(0, tracker.callCount(), "nothing is kept of a finished call");
    }

    @Test
    void unmarkedCallIsNotCoached() {
        feed(newChannel("PJSIP/trunk-01", "u1", "5550100999", "from-trunk"),
                newChannel("PJSIP/1001-02", "u2", "1001", "from-internal"),
                bridgeEnter("PJSIP/trunk-01", "u1"), bridgeEnter("PJSIP/1001-02", "u2"));
        assertTrue(updates.isEmpty());
        feed(hangup("PJSIP/trunk-01", "u1"), hangup("PJSIP/1001-02", "u2"));
        assertTrue(updates.isEmpty(), "no end for a call that was never coached");
    }

    @Test
    void agentMarkedAloneTakesItsBridgePeerAsCallerAndEndpointAsId() {
        feed(AmiEvent.of("Newchannel", "Channel", "PJSIP/1001-00000005", "Uniqueid", "a1", "Linkedid", "a1",
                        "CallerIDNum", "1001", "Context", "dialer"),
                AmiEvent.of("Newchannel", "Channel", "PJSIP/trunk-00000006", "Uniqueid", "a2", "Linkedid", "a1",
                        "CallerIDNum", "+15550100101", "Context", "dialer"),
                AmiEvent.of("VarSet", "Uniqueid", "a1", "Variable", "PARLEY", "Value", "1"),
                AmiEvent.of("BridgeEnter", "Uniqueid", "a1", "BridgeUniqueid", "b"),
                AmiEvent.of("BridgeEnter", "Uniqueid", "a2", "BridgeUniqueid", "b"));
        CoachedCall call = ((CallTracker.Answered) updates.get(0)).call();
        assertEquals("1001", call.agentId());
        assertEquals("a2", call.caller().uniqueId());
        assertEquals("+15550100101", call.callerNumber());
    }

    @Test
    void coachedContextNeedsNoMarks() {
        feed(AmiEvent.of("Newchannel", "Channel", "PJSIP/trunk-01", "Uniqueid", "c1", "Linkedid", "c1",
                        "CallerIDNum", "5550100202", "Context", "coached-inbound"),
                AmiEvent.of("Newchannel", "Channel", "PJSIP/1002-02", "Uniqueid", "c2", "Linkedid", "c1",
                        "CallerIDNum", "1002", "Context", "from-internal"),
                AmiEvent.of("BridgeEnter", "Uniqueid", "c2", "BridgeUniqueid", "b"),
                AmiEvent.of("BridgeEnter", "Uniqueid", "c1", "BridgeUniqueid", "b"));
        CoachedCall call = ((CallTracker.Answered) updates.get(0)).call();
        assertEquals("1002", call.agentId());
        assertEquals("c1", call.caller().uniqueId());
        assertEquals("c2", call.agent().uniqueId());
    }

    @Test
    void coachedQueueNamesTheMemberAsAgent() {
        feed(AmiEvent.of("Newchannel", "Channel", "PJSIP/trunk-01", "Uniqueid", "q1", "Linkedid", "q1",
                        "CallerIDNum", "5550100303", "Context", "from-trunk"),
                AmiEvent.of("Newchannel", "Channel", "Local/1003@members-01;1", "Uniqueid", "q2", "Linkedid", "q1",
                        "Context", "members"),
                AmiEvent.of("AgentConnect", "Queue", "collections", "DestUniqueid", "q2", "MemberName", "Dana",
                        "Interface", "Local/1003@members"),
                AmiEvent.of("BridgeEnter", "Uniqueid", "q1", "BridgeUniqueid", "b"),
                AmiEvent.of("BridgeEnter", "Uniqueid", "q2", "BridgeUniqueid", "b"));
        CoachedCall call = ((CallTracker.Answered) updates.get(0)).call();
        assertEquals("Dana", call.agentId());
        assertEquals("q1", call.caller().uniqueId());
    }

    @Test
    void ownTapChannelsAreIgnored() {
        feed(AmiEvent.of("Newchannel", "Channel", "AudioSocket/127.0.0.1:9092-abc", "Uniqueid", "t1", "Linkedid", "t1"));
        assertEquals(0, tracker.callCount());
    }

    @Test
    void resyncPicksUpALiveCallAndEndsOnesThatAreGone() {
        // Parley (re)starts while the sandbox call is up: CoreShowChannels and Getvar tell it all.
        List<AmiEvent> snapshot = List.of(
                AmiEvent.of("CoreShowChannel", "Channel", CALLER, "Uniqueid", LINKED, "Linkedid", LINKED,
                        "CallerIDNum", "5550100101", "ChannelState", "6", "BridgeId", "bridge-1"),
                AmiEvent.of("CoreShowChannel", "Channel", AGENT, "Uniqueid", "1795437378.2", "Linkedid", LINKED,
                        "CallerIDNum", "s", "ChannelState", "6", "BridgeId", "bridge-1"),
                varSet(AGENT, "1795437378.2", "PARLEY_AGENT", "agent-1001"),
                varSet(AGENT, "1795437378.2", "PARLEY_ROLE", "agent"),
                varSet(AGENT, "1795437378.2", "PARLEY", "1"),
                varSet(CALLER, LINKED, "PARLEY_ROLE", "caller"),
                varSet(CALLER, LINKED, "PARLEY", "1"));
        List<CallTracker.Update> first = tracker.resync(snapshot);
        assertEquals(1, first.size());
        assertEquals("agent-1001", ((CallTracker.Answered) first.get(0)).call().agentId());
        assertTrue(tracker.resync(snapshot).isEmpty(), "a call already followed is not answered twice");
        assertEquals(List.of(new CallTracker.Ended(LINKED)), tracker.resync(List.of()), "gone after a PBX restart");
    }

    @Test
    void resyncKeepsTheAgentsIdWhenThePbxListsTheCoachMarkFirst() {
        // As AmiConnection.snapshot reads them: each channel's coach mark, then its agent id and role.
        // Found when another cluster node took over the PBX mid-call: the call was answered with the
        // agent channel's name for an agent, before its PARLEY_AGENT was read.
        List<AmiEvent> snapshot = List.of(
                AmiEvent.of("CoreShowChannel", "Channel", AGENT, "Uniqueid", "1795437378.2", "Linkedid", LINKED,
                        "CallerIDNum", "s", "ChannelState", "6", "BridgeId", "bridge-1"),
                AmiEvent.of("CoreShowChannel", "Channel", CALLER, "Uniqueid", LINKED, "Linkedid", LINKED,
                        "CallerIDNum", "5550100101", "ChannelState", "6", "BridgeId", "bridge-1"),
                varSet(AGENT, "1795437378.2", "PARLEY", "1"),
                varSet(AGENT, "1795437378.2", "PARLEY_AGENT", "agent-1001"),
                varSet(AGENT, "1795437378.2", "PARLEY_ROLE", "agent"),
                varSet(CALLER, LINKED, "PARLEY", "1"),
                varSet(CALLER, LINKED, "PARLEY_ROLE", "caller"));
        List<CallTracker.Update> updates = tracker.resync(snapshot);
        assertEquals(1, updates.size());
        CoachedCall call = ((CallTracker.Answered) updates.get(0)).call();
        assertEquals("agent-1001", call.agentId());
        assertEquals(AGENT, call.agent().channel());
        assertEquals(CALLER, call.caller().channel());
        assertEquals("5550100101", call.callerNumber());
    }

    @Test
    void endpointOfAChannelName() {
        assertEquals("1001", CallTracker.endpoint("PJSIP/1001-0000000a"));
        assertEquals("agent-7", CallTracker.endpoint("PJSIP/agent-7-0000000b"));
        assertEquals("trunk", CallTracker.endpoint("SIP/trunk"));
    }
}
