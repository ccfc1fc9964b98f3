/**
 * Several Parley nodes as one floor (docs/cluster.md), on Vert.x's clustered event bus with
 * Hazelcast as its cluster manager: members found by a configured list, no multicast.
 * {@link app.parley.cluster.Cluster} joins and wires the rest, each part on the event bus or in
 * Vert.x's shared data, never blocking an event loop: the screens' live events travel to every
 * node and a new screen's list of live calls is asked of every node
 * ({@code LiveAcrossNodes}); an import or a rules publish on one node reaches the others' caches
 * at once ({@code SharedCaches}); one node, holding a cluster-wide lock, follows the PBX
 * ({@code PbxFollower}); a replay on a node without the recording on its disk gets it, a piece
 * at a time, from the node that has it ({@code RecordingsFromNodes}); the calls one node's
 * retention deletes are deleted from every node's disk ({@code RetentionEverywhere}). Nothing here knows a
 * call's audio or the coaching.
 */
package app.parley.cluster;
