package app.parley.telephony;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Follows calls from AMI events and says when a coached call is answered and when it ends.
 * Pure: events in, {@link Update}s out, no sockets and no clock.
 *
 * <p>A call is the set of channels sharing a Linkedid. It is coached when one of its channels
 * carries the coach variable set to 1 (the {@code parley-coach} GoSub sets it), when one of
 * them runs in a coached context, or when a coached queue connects it to an agent. The agent's
 * channel is the one marked with role {@code agent} (or the one a queue connected, or the one
 * that is not the call's first channel); the caller's is the one marked {@code caller}, or else
 * the agent's bridge peer. The call is reported answered once both are in the same bridge, and
 * over once either party's channel hangs up. Parley's own tap channels are ignored.
 */
public final class CallTracker {

    /** What the tracker concluded from an event. */
    public sealed interface Update permits Answered, Ended {
    }

    public record Answered(CoachedCall call) implements Update {
    }

    public record Ended(String callId) implements Update {
    }

    /** Which calls are coached and how the dialplan marks them. */
    public record Rules(String coachVariable, String agentVariable, String roleVariable,
            Set<String> coachedContexts, Set<String> coachedQueues) {
    }

    private static final String TAP_CHANNEL_PREFIX = "audiosocket/";
    private static final int STATE_UP = 6;

    private final Rules rules;
    private final Map<String, Channel> channels = new HashMap<>();
    private final Map<String, Call> calls = new LinkedHashMap<>();
    /** While a resync applies what the PBX listed: calls are judged once it is all in. */
    private boolean resyncing;

    public CallTracker(Rules rules) {
        this.rules = rules;
    }

    private static final class Channel {
        String name;
        final String uniqueId;
        final String linkedId;
        String callerNumber;
        String context;
        boolean up;
        String bridge;
        final Map<String, String> vars = new HashMap<>();

        Channel(String name, String uniqueId, String linkedId) {
            this.name = name;
            this.uniqueId = uniqueId;
            this.linkedId = linkedId;
        }
    }

    private static final class Call {
        final String id;
        final List<String> channelIds = new ArrayList<>();
        String queueAgentChannel;
        String queueAgentId;
        CoachedCall answered;
        boolean ended;

        Call(String id) {
            this.id = id;
        }
    }

    /** Applies one event; returns what changed (usually nothing). */
    public List<Update> apply(AmiEvent event) {
        List<Update> updates = new ArrayList<>();
        switch (event.name()) {
            case "newchannel", "coreshowchannel" -> {
                Channel channel = channelFrom(event);
                if (channel != null && "coreshowchannel".equals(event.name())) {
                    channel.up = parseState(event) == STATE_UP;
                    String bridge = event.get("bridgeid");
                    channel.bridge = bridge == null || bridge.isEmpty() ? null : bridge;
                    evaluate(calls.get(channel.linkedId), updates);
                }
            }
            case "newcallerid" -> withChannel(event, channel -> channel.callerNumber = number(event.get("calleridnum")));
            case "newstate" -> withChannel(event, channel -> channel.up = parseState(event) == STATE_UP);
            case "rename" -> withChannel(event, channel -> channel.name = event.get("newname"));
            case "varset" -> withChannel(event, channel -> {
                String variable = event.get("variable");
                if (variable != null) {
                    channel.vars.put(variable.toUpperCase(Locale.ROOT), event.get("value"));
                    evaluate(calls.get(channel.linkedId), updates);
                }
            });
            case "bridgeenter" -> withChannel(event, channel -> {
                channel.bridge = event.get("bridgeuniqueid");
                evaluate(calls.get(channel.linkedId), updates);
            });
            case "bridgeleave" -> withChannel(event, channel -> channel.bridge = null);
            case "agentconnect" -> agentConnected(event, updates);
            case "hangup" -> hungUp(event.get("uniqueid"), updates);
            default -> {
            }
        }
        return updates;
    }

    /**
     * After a (re)connection: {@code snapshot} is what CoreShowChannels listed, with the dialplan
     * marks read back as VarSet events. Calls no longer there are over; calls already reported
     * answered and still up are not reported again.
     */
    public List<Update> resync(List<AmiEvent> snapshot) {
        List<Update> updates = new ArrayList<>();
        Set<String> present = new java.util.HashSet<>();
        for (AmiEvent event : snapshot) {
            if (event.get("uniqueid") != null) {
                present.add(event.get("uniqueid"));
            }
        }
        for (String uniqueId : List.copyOf(channels.keySet())) {
            if (!present.contains(uniqueId)) {
                hungUp(uniqueId, updates);
            }
        }
        List<AmiEvent> marks = new ArrayList<>();
        // No call is judged before every channel and every mark is in: the coach mark read before
        // the agent's id would answer the call with the channel's name for an agent.
        resyncing = true;
        try {
            for (AmiEvent event : snapshot) {
                if (event.is("varset")) {
                    marks.add(event);
                } else {
                    updates.addAll(apply(event));
                }
            }
            for (AmiEvent mark : marks) {
                updates.addAll(apply(mark));
            }
        } finally {
            resyncing = false;
        }
        for (Call call : List.copyOf(calls.values())) {
            evaluate(call, updates);
        }
        return updates;
    }

    /** Calls the tracker is following (for status pages and tests). */
    public int callCount() {
        return calls.size();
    }

    public boolean isUp(String uniqueId) {
        return channels.containsKey(uniqueId);
    }

    private Channel channelFrom(AmiEvent event) {
        String name = event.get("channel");
        String uniqueId = event.get("uniqueid");
        if (name == null || uniqueId == null || name.toLowerCase(Locale.ROOT).startsWith(TAP_CHANNEL_PREFIX)) {
            return null;
        }
        Channel channel = channels.get(uniqueId);
        if (channel == null) {
            String linkedId = event.get("linkedid") == null ? uniqueId : event.get("linkedid");
            channel = new Channel(name, uniqueId, linkedId);
            channels.put(uniqueId, channel);
            calls.computeIfAbsent(linkedId, Call::new).channelIds.add(uniqueId);
        }
        channel.name = name;
        channel.callerNumber = number(event.get("calleridnum"));
        channel.context = event.get("context");
        return channel;
    }

    private void withChannel(AmiEvent event, java.util.function.Consumer<Channel> change) {
        Channel channel = channels.get(event.get("uniqueid"));
        if (channel != null) {
            change.accept(channel);
        }
    }

    private void agentConnected(AmiEvent event, List<Update> updates) {
        String queue = event.get("queue");
        Channel member = channels.get(event.get("destuniqueid"));
        if (queue == null || member == null || !rules.coachedQueues().contains(queue)) {
            return;
        }
        Call call = calls.get(member.linkedId);
        call.queueAgentChannel = member.uniqueId;
        String memberName = event.get("membername");
        call.queueAgentId = memberName == null || memberName.isEmpty() ? endpoint(event.get("interface")) : memberName;
        evaluate(call, updates);
    }

    private void hungUp(String uniqueId, List<Update> updates) {
        Channel channel = uniqueId == null ? null : channels.remove(uniqueId);
        if (channel == null) {
            return;
        }
        Call call = calls.get(channel.linkedId);
        call.channelIds.remove(uniqueId);
        boolean partyLeft = call.answered != null && (call.answered.caller().uniqueId().equals(uniqueId)
                || call.answered.agent().uniqueId().equals(uniqueId));
        if ((partyLeft || call.channelIds.isEmpty()) && call.answered != null && !call.ended) {
            call.ended = true;
            updates.add(new Ended(call.id));
        }
        if (call.channelIds.isEmpty()) {
            calls.remove(call.id);
        }
    }

    private void evaluate(Call call, List<Update> updates) {
        if (resyncing || call == null || call.answered != null || call.ended) {
            return;
        }
        List<Channel> members = call.channelIds.stream().map(channels::get).toList();
        boolean coached = call.queueAgentChannel != null || members.stream().anyMatch(this::marked)
                || members.stream().anyMatch(c -> c.context != null && rules.coachedContexts().contains(c.context));
        if (!coached) {
            return;
        }
        Channel agent = agentOf(call, members);
        if (agent == null || agent.bridge == null) {
            return;
        }
        Channel caller = members.stream().filter(c -> "caller".equalsIgnoreCase(role(c))).findFirst()
                .orElseGet(() -> members.stream()
                        .filter(c -> c != agent && agent.bridge.equals(c.bridge)).findFirst().orElse(null));
        if (caller == null || !agent.bridge.equals(caller.bridge)) {
            return;
        }
        String agentId = agent.vars.get(rules.agentVariable().toUpperCase(Locale.ROOT));
        if (agentId == null || agentId.isEmpty()) {
            agentId = call.queueAgentId != null ? call.queueAgentId : endpoint(agent.name);
        }
        call.answered = new CoachedCall(call.id, new CoachedCall.Party(caller.name, caller.uniqueId),
                new CoachedCall.Party(agent.name, agent.uniqueId), caller.callerNumber, agentId);
        updates.add(new Answered(call.answered));
    }

    private Channel agentOf(Call call, List<Channel> members) {
        for (Channel channel : members) {
            if ("agent".equalsIgnoreCase(role(channel))) {
                return channel;
            }
        }
        if (call.queueAgentChannel != null) {
            return channels.get(call.queueAgentChannel);
        }
        for (Channel channel : members) {
            if (marked(channel) && role(channel) == null) {
                return channel;
            }
        }
        // Coached by context: the agent is whoever the call's first channel is bridged to.
        Channel first = channels.get(call.id);
        if (first == null || first.bridge == null) {
            return null;
        }
        return members.stream().filter(c -> c != first && first.bridge.equals(c.bridge)).findFirst().orElse(null);
    }

    private boolean marked(Channel channel) {
        return "1".equals(channel.vars.get(rules.coachVariable().toUpperCase(Locale.ROOT)));
    }

    private String role(Channel channel) {
        return channel.vars.get(rules.roleVariable().toUpperCase(Locale.ROOT));
    }

    private static int parseState(AmiEvent event) {
        String state = event.get("channelstate");
        try {
            return state == null ? -1 : Integer.parseInt(state.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String number(String callerIdNum) {
        return callerIdNum == null || callerIdNum.isEmpty() || "<unknown>".equalsIgnoreCase(callerIdNum)
                ? null : callerIdNum;
    }

    /** "PJSIP/1001-0000000a" -> "1001": the endpoint a channel belongs to. */
    static String endpoint(String channelName) {
        if (channelName == null) {
            return null;
        }
        String name = channelName.substring(channelName.indexOf('/') + 1);
        int dash = name.lastIndexOf('-');
        return dash > 0 ? name.substring(0, dash) : name;
    }
}
