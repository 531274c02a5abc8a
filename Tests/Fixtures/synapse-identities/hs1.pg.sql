--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: check_event_stream_ordering(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.check_event_stream_ordering() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
            BEGIN
                IF EXISTS (
                    SELECT 1 FROM events
                    WHERE events.event_id = NEW.event_id
                       AND events.stream_ordering != NEW.event_stream_ordering
                ) THEN
                    RAISE EXCEPTION 'Incorrect event_stream_ordering';
                END IF;
                RETURN NEW;
            END;
            $$;


--
-- Name: check_partial_state_events(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.check_partial_state_events() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
            BEGIN
                IF EXISTS (
                    SELECT 1 FROM events
                    WHERE events.event_id = NEW.event_id
                       AND events.room_id != NEW.room_id
                ) THEN
                    RAISE EXCEPTION 'Incorrect room_id in partial_state_events';
                END IF;
                RETURN NEW;
            END;
            $$;


--
-- Name: delete_read_write_lock_parent(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.delete_read_write_lock_parent() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    new_token TEXT;
    mode_row_token TEXT;
BEGIN
    -- Only update the token in `_mode` if its our token. This prevents
    -- deadlocks.
    --
    -- We shove the token into `mode_row_token`, as otherwise postgres complains
    -- we're not using the returned data.
    SELECT token INTO mode_row_token FROM worker_read_write_locks_mode
        WHERE
            lock_name = OLD.lock_name
            AND lock_key = OLD.lock_key
            AND token = OLD.token
        FOR UPDATE;

    IF NOT FOUND THEN
        RETURN NEW;
    END IF;

    SELECT token INTO new_token FROM worker_read_write_locks
        WHERE
            lock_name = OLD.lock_name
            AND lock_key = OLD.lock_key
        LIMIT 1 FOR UPDATE SKIP LOCKED;

    IF NOT FOUND THEN
        DELETE FROM worker_read_write_locks_mode
            WHERE lock_name = OLD.lock_name AND lock_key = OLD.lock_key AND token = OLD.token;
    ELSE
        UPDATE worker_read_write_locks_mode
            SET token = new_token
            WHERE lock_name = OLD.lock_name AND lock_key = OLD.lock_key;
    END IF;

    RETURN NEW;
END
$$;


--
-- Name: upsert_read_write_lock_parent(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.upsert_read_write_lock_parent() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO worker_read_write_locks_mode (lock_name, lock_key, write_lock, token)
        VALUES (NEW.lock_name, NEW.lock_key, NEW.write_lock, NEW.token)
        ON CONFLICT (lock_name, lock_key)
        DO UPDATE SET write_lock = NEW.write_lock
            WHERE OLD.write_lock != NEW.write_lock;
    RETURN NEW;
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: access_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.access_tokens (
    id bigint NOT NULL,
    user_id text NOT NULL,
    device_id text,
    token text NOT NULL,
    valid_until_ms bigint,
    puppets_user_id text,
    last_validated bigint,
    refresh_token_id bigint,
    used boolean
);


--
-- Name: account_data; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_data (
    user_id text NOT NULL,
    account_data_type text NOT NULL,
    stream_id bigint NOT NULL,
    content text NOT NULL,
    instance_name text
);


--
-- Name: account_data_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.account_data_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: account_validity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_validity (
    user_id text NOT NULL,
    expiration_ts_ms bigint NOT NULL,
    email_sent boolean NOT NULL,
    renewal_token text,
    token_used_ts_ms bigint
);


--
-- Name: application_services_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application_services_state (
    as_id text NOT NULL,
    state character varying(5),
    read_receipt_stream_id bigint,
    presence_stream_id bigint,
    to_device_stream_id bigint,
    device_list_stream_id bigint
);


--
-- Name: application_services_txn_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.application_services_txn_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: application_services_txns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application_services_txns (
    as_id text NOT NULL,
    txn_id bigint NOT NULL,
    event_ids text NOT NULL
);


--
-- Name: applied_module_schemas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.applied_module_schemas (
    module_name text NOT NULL,
    file text NOT NULL
);


--
-- Name: applied_schema_deltas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.applied_schema_deltas (
    version integer NOT NULL,
    file text NOT NULL
);


--
-- Name: appservice_room_list; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.appservice_room_list (
    appservice_id text NOT NULL,
    network_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: appservice_stream_position; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.appservice_stream_position (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_ordering bigint,
    CONSTRAINT appservice_stream_position_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: background_updates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.background_updates (
    update_name text NOT NULL,
    progress_json text NOT NULL,
    depends_on text,
    ordering integer DEFAULT 0 NOT NULL
);


--
-- Name: blocked_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.blocked_rooms (
    room_id text NOT NULL,
    user_id text NOT NULL
);


--
-- Name: cache_invalidation_stream_by_instance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cache_invalidation_stream_by_instance (
    stream_id bigint NOT NULL,
    instance_name text NOT NULL,
    cache_func text NOT NULL,
    keys text[],
    invalidation_ts bigint
);


--
-- Name: cache_invalidation_stream_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cache_invalidation_stream_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: current_state_delta_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.current_state_delta_stream (
    stream_id bigint NOT NULL,
    room_id text NOT NULL,
    type text NOT NULL,
    state_key text NOT NULL,
    event_id text,
    prev_event_id text,
    instance_name text
);


--
-- Name: current_state_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.current_state_events (
    event_id text NOT NULL,
    room_id text NOT NULL,
    type text NOT NULL,
    state_key text NOT NULL,
    membership text,
    event_stream_ordering bigint
);


--
-- Name: dehydrated_devices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dehydrated_devices (
    user_id text NOT NULL,
    device_id text NOT NULL,
    device_data text NOT NULL
);


--
-- Name: delayed_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.delayed_events (
    delay_id text NOT NULL,
    user_localpart text NOT NULL,
    device_id text,
    delay bigint NOT NULL,
    send_ts bigint NOT NULL,
    room_id text NOT NULL,
    event_type text NOT NULL,
    state_key text,
    origin_server_ts bigint,
    content text NOT NULL,
    is_processed boolean DEFAULT false NOT NULL,
    sticky_duration_ms bigint
);


--
-- Name: delayed_events_stream_pos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.delayed_events_stream_pos (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL,
    CONSTRAINT delayed_events_stream_pos_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: deleted_pushers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deleted_pushers (
    stream_id bigint NOT NULL,
    app_id text NOT NULL,
    pushkey text NOT NULL,
    user_id text NOT NULL,
    instance_name text
);


--
-- Name: destination_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.destination_rooms (
    destination text NOT NULL,
    room_id text NOT NULL,
    stream_ordering bigint NOT NULL
);


--
-- Name: TABLE destination_rooms; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.destination_rooms IS 'Information about transmission of PDUs in a given room to a given remote homeserver.';


--
-- Name: COLUMN destination_rooms.destination; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destination_rooms.destination IS 'server name of remote homeserver in question';


--
-- Name: COLUMN destination_rooms.room_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destination_rooms.room_id IS 'room ID in question';


--
-- Name: COLUMN destination_rooms.stream_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destination_rooms.stream_ordering IS '`stream_ordering` of the most recent PDU in this room that needs to be sent (by us) to this homeserver.
This can only be pointing to our own PDU because we are only responsible for sending our own PDUs.';


--
-- Name: destination_rooms_sticky_events_backlog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.destination_rooms_sticky_events_backlog (
    destination text NOT NULL,
    room_id text NOT NULL,
    sticky_events_stream_position integer NOT NULL
);


--
-- Name: destinations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.destinations (
    destination text NOT NULL,
    retry_last_ts bigint,
    retry_interval bigint,
    failure_ts bigint,
    last_successful_stream_ordering bigint
);


--
-- Name: TABLE destinations; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.destinations IS 'Information about remote homeservers and the health of our connection to them.';


--
-- Name: COLUMN destinations.destination; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destinations.destination IS 'server name of remote homeserver in question';


--
-- Name: COLUMN destinations.retry_last_ts; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destinations.retry_last_ts IS 'The last time we tried and failed to reach the remote server, in ms.
This field is reset to `0` when we succeed in connecting again.';


--
-- Name: COLUMN destinations.retry_interval; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destinations.retry_interval IS 'How long, in milliseconds, to wait since the last time we tried to reach the remote server before trying again.
This field is reset to `0` when we succeed in connecting again.';


--
-- Name: COLUMN destinations.failure_ts; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destinations.failure_ts IS 'The first time we tried and failed to reach the remote server, in ms.
This field is reset to `NULL` when we succeed in connecting again.';


--
-- Name: COLUMN destinations.last_successful_stream_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destinations.last_successful_stream_ordering IS 'Stream ordering of the most recently successfully sent PDU to this server, sent through normal send (not e.g. backfill).
In Catch-Up Mode, the original PDU persisted by us is represented here, even if we sent a later forward extremity in its stead.
See `destination_rooms` for more information about catch-up.';


--
-- Name: device_auth_providers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_auth_providers (
    user_id text NOT NULL,
    device_id text NOT NULL,
    auth_provider_id text NOT NULL,
    auth_provider_session_id text NOT NULL
);


--
-- Name: device_federation_inbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_federation_inbox (
    origin text NOT NULL,
    message_id text NOT NULL,
    received_ts bigint NOT NULL,
    instance_name text
);


--
-- Name: device_federation_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_federation_outbox (
    destination text NOT NULL,
    stream_id bigint NOT NULL,
    queued_ts bigint NOT NULL,
    messages_json text NOT NULL,
    instance_name text
);


--
-- Name: device_inbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_inbox (
    user_id text NOT NULL,
    device_id text NOT NULL,
    stream_id bigint NOT NULL,
    message_json text NOT NULL,
    instance_name text
);


--
-- Name: device_inbox_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.device_inbox_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: device_lists_changes_converted_stream_position; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_changes_converted_stream_position (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL,
    room_id text NOT NULL,
    instance_name text,
    CONSTRAINT device_lists_changes_converted_stream_position_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: device_lists_changes_in_room; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_changes_in_room (
    user_id text NOT NULL,
    device_id text NOT NULL,
    room_id text NOT NULL,
    stream_id bigint NOT NULL,
    converted_to_destinations boolean NOT NULL,
    opentracing_context text,
    instance_name text,
    inserted_ts bigint
);


--
-- Name: device_lists_changes_in_room_max_pruned_stream_id; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_changes_in_room_max_pruned_stream_id (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL
);


--
-- Name: device_lists_outbound_last_success; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_outbound_last_success (
    destination text NOT NULL,
    user_id text NOT NULL,
    stream_id bigint NOT NULL
);


--
-- Name: device_lists_outbound_pokes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_outbound_pokes (
    destination text NOT NULL,
    stream_id bigint NOT NULL,
    user_id text NOT NULL,
    device_id text NOT NULL,
    sent boolean NOT NULL,
    ts bigint NOT NULL,
    opentracing_context text,
    instance_name text
);


--
-- Name: device_lists_remote_cache; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_remote_cache (
    user_id text NOT NULL,
    device_id text NOT NULL,
    content text NOT NULL
);


--
-- Name: device_lists_remote_extremeties; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_remote_extremeties (
    user_id text NOT NULL,
    stream_id text NOT NULL
);


--
-- Name: device_lists_remote_pending; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_remote_pending (
    stream_id bigint NOT NULL,
    user_id text NOT NULL,
    device_id text NOT NULL,
    instance_name text
);


--
-- Name: device_lists_remote_resync; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_remote_resync (
    user_id text NOT NULL,
    added_ts bigint NOT NULL
);


--
-- Name: device_lists_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.device_lists_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: device_lists_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_stream (
    stream_id bigint NOT NULL,
    user_id text NOT NULL,
    device_id text NOT NULL,
    instance_name text
);


--
-- Name: devices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.devices (
    user_id text NOT NULL,
    device_id text NOT NULL,
    display_name text,
    last_seen bigint,
    ip text,
    user_agent text,
    hidden boolean DEFAULT false
);


--
-- Name: e2e_cross_signing_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_cross_signing_keys (
    user_id text NOT NULL,
    keytype text NOT NULL,
    keydata text NOT NULL,
    stream_id bigint NOT NULL,
    updatable_without_uia_before_ms bigint,
    instance_name text
);


--
-- Name: e2e_cross_signing_keys_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.e2e_cross_signing_keys_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: e2e_cross_signing_signatures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_cross_signing_signatures (
    user_id text NOT NULL,
    key_id text NOT NULL,
    target_user_id text NOT NULL,
    target_device_id text NOT NULL,
    signature text NOT NULL
);


--
-- Name: e2e_device_keys_json; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_device_keys_json (
    user_id text NOT NULL,
    device_id text NOT NULL,
    ts_added_ms bigint NOT NULL,
    key_json text NOT NULL
);


--
-- Name: e2e_fallback_keys_json; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_fallback_keys_json (
    user_id text NOT NULL,
    device_id text NOT NULL,
    algorithm text NOT NULL,
    key_id text NOT NULL,
    key_json text NOT NULL,
    used boolean DEFAULT false NOT NULL
);


--
-- Name: e2e_one_time_keys_json; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_one_time_keys_json (
    user_id text NOT NULL,
    device_id text NOT NULL,
    algorithm text NOT NULL,
    key_id text NOT NULL,
    ts_added_ms bigint NOT NULL,
    key_json text NOT NULL
);


--
-- Name: e2e_room_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_room_keys (
    user_id text NOT NULL,
    room_id text NOT NULL,
    session_id text NOT NULL,
    version bigint NOT NULL,
    first_message_index integer,
    forwarded_count integer,
    is_verified boolean,
    session_data text NOT NULL
);


--
-- Name: e2e_room_keys_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_room_keys_versions (
    user_id text NOT NULL,
    version bigint NOT NULL,
    algorithm text NOT NULL,
    auth_data text NOT NULL,
    deleted smallint DEFAULT 0 NOT NULL,
    etag bigint
);


--
-- Name: erased_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.erased_users (
    user_id text NOT NULL
);


--
-- Name: event_auth; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_auth (
    event_id text NOT NULL,
    auth_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: event_auth_chain_id; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.event_auth_chain_id
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: event_auth_chain_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_auth_chain_links (
    origin_chain_id bigint NOT NULL,
    origin_sequence_number bigint NOT NULL,
    target_chain_id bigint NOT NULL,
    target_sequence_number bigint NOT NULL
);
ALTER TABLE ONLY public.event_auth_chain_links ALTER COLUMN origin_chain_id SET (n_distinct=-0.5);
ALTER TABLE ONLY public.event_auth_chain_links ALTER COLUMN target_chain_id SET (n_distinct=-0.5);


--
-- Name: event_auth_chain_to_calculate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_auth_chain_to_calculate (
    event_id text NOT NULL,
    room_id text NOT NULL,
    type text NOT NULL,
    state_key text NOT NULL
);


--
-- Name: event_auth_chains; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_auth_chains (
    event_id text NOT NULL,
    chain_id bigint NOT NULL,
    sequence_number bigint NOT NULL
);


--
-- Name: event_backward_extremities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_backward_extremities (
    event_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: event_edges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_edges (
    event_id text NOT NULL,
    prev_event_id text NOT NULL,
    room_id text,
    is_state boolean DEFAULT false NOT NULL
);


--
-- Name: event_expiry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_expiry (
    event_id text NOT NULL,
    expiry_ts bigint NOT NULL
);


--
-- Name: event_failed_pull_attempts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_failed_pull_attempts (
    room_id text NOT NULL,
    event_id text NOT NULL,
    num_attempts integer NOT NULL,
    last_attempt_ts bigint NOT NULL,
    last_cause text NOT NULL
);


--
-- Name: event_forward_extremities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_forward_extremities (
    event_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: event_json; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_json (
    event_id text NOT NULL,
    room_id text NOT NULL,
    internal_metadata text NOT NULL,
    json text NOT NULL,
    format_version integer
);


--
-- Name: event_labels; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_labels (
    event_id text NOT NULL,
    label text NOT NULL,
    room_id text NOT NULL,
    topological_ordering bigint NOT NULL
);


--
-- Name: event_push_actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_push_actions (
    room_id text NOT NULL,
    event_id text NOT NULL,
    user_id text NOT NULL,
    profile_tag character varying(32),
    actions text NOT NULL,
    topological_ordering bigint,
    stream_ordering bigint,
    notif smallint,
    highlight smallint,
    unread smallint,
    thread_id text,
    CONSTRAINT event_push_actions_thread_id CHECK ((thread_id IS NOT NULL))
);


--
-- Name: event_push_actions_staging; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_push_actions_staging (
    event_id text NOT NULL,
    user_id text NOT NULL,
    actions text NOT NULL,
    notif smallint NOT NULL,
    highlight smallint NOT NULL,
    unread smallint,
    thread_id text,
    inserted_ts bigint DEFAULT (EXTRACT(epoch FROM now()) * (1000)::numeric),
    CONSTRAINT event_push_actions_staging_thread_id CHECK ((thread_id IS NOT NULL))
);


--
-- Name: event_push_summary; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_push_summary (
    user_id text NOT NULL,
    room_id text NOT NULL,
    notif_count bigint NOT NULL,
    stream_ordering bigint NOT NULL,
    unread_count bigint,
    last_receipt_stream_ordering bigint,
    thread_id text,
    CONSTRAINT event_push_summary_thread_id CHECK ((thread_id IS NOT NULL))
);


--
-- Name: event_push_summary_last_receipt_stream_id; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_push_summary_last_receipt_stream_id (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL,
    CONSTRAINT event_push_summary_last_receipt_stream_id_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: event_push_summary_stream_ordering; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_push_summary_stream_ordering (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_ordering bigint NOT NULL,
    CONSTRAINT event_push_summary_stream_ordering_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: event_relations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_relations (
    event_id text NOT NULL,
    relates_to_id text NOT NULL,
    relation_type text NOT NULL,
    aggregation_key text
);


--
-- Name: event_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_reports (
    id bigint NOT NULL,
    received_ts bigint NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL,
    user_id text NOT NULL,
    reason text,
    content text
);


--
-- Name: event_search; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_search (
    event_id text,
    room_id text,
    sender text,
    key text,
    vector tsvector,
    origin_server_ts bigint,
    stream_ordering bigint
);
ALTER TABLE ONLY public.event_search ALTER COLUMN room_id SET (n_distinct=-0.01);


--
-- Name: event_to_state_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_to_state_groups (
    event_id text NOT NULL,
    state_group bigint NOT NULL
);


--
-- Name: event_txn_id_device_id; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_txn_id_device_id (
    event_id text NOT NULL,
    room_id text NOT NULL,
    user_id text NOT NULL,
    device_id text NOT NULL,
    txn_id text NOT NULL,
    inserted_ts bigint NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    topological_ordering bigint NOT NULL,
    event_id text NOT NULL,
    type text NOT NULL,
    room_id text NOT NULL,
    content text,
    unrecognized_keys text,
    processed boolean NOT NULL,
    outlier boolean NOT NULL,
    depth bigint DEFAULT 0 NOT NULL,
    origin_server_ts bigint,
    received_ts bigint,
    sender text,
    contains_url boolean,
    instance_name text,
    stream_ordering bigint,
    state_key text,
    rejection_reason text
);


--
-- Name: events_backfill_stream_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.events_backfill_stream_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: events_stream_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.events_stream_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ex_outlier_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ex_outlier_stream (
    event_stream_ordering bigint NOT NULL,
    event_id text NOT NULL,
    state_group bigint NOT NULL,
    instance_name text
);


--
-- Name: federation_inbound_events_staging; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federation_inbound_events_staging (
    origin text NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL,
    received_ts bigint NOT NULL,
    event_json text NOT NULL,
    internal_metadata text NOT NULL
);


--
-- Name: federation_stream_position; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federation_stream_position (
    type text NOT NULL,
    stream_id bigint NOT NULL,
    instance_name text DEFAULT 'master'::text NOT NULL
);


--
-- Name: ignored_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ignored_users (
    ignorer_user_id text NOT NULL,
    ignored_user_id text NOT NULL
);


--
-- Name: instance_map; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.instance_map (
    instance_id integer NOT NULL,
    instance_name text NOT NULL
);


--
-- Name: instance_map_instance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.instance_map_instance_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: instance_map_instance_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.instance_map_instance_id_seq OWNED BY public.instance_map.instance_id;


--
-- Name: local_current_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.local_current_membership (
    room_id text NOT NULL,
    user_id text NOT NULL,
    event_id text NOT NULL,
    membership text NOT NULL,
    event_stream_ordering bigint
);


--
-- Name: local_media_repository; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.local_media_repository (
    media_id text,
    media_type text,
    media_length integer,
    created_ts bigint,
    upload_name text,
    user_id text,
    quarantined_by text,
    url_cache text,
    last_access_ts bigint,
    safe_from_quarantine boolean DEFAULT false NOT NULL,
    authenticated boolean DEFAULT false NOT NULL,
    sha256 text
);


--
-- Name: local_media_repository_thumbnails; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.local_media_repository_thumbnails (
    media_id text,
    thumbnail_width integer,
    thumbnail_height integer,
    thumbnail_type text,
    thumbnail_method text,
    thumbnail_length integer
);


--
-- Name: local_media_repository_url_cache; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.local_media_repository_url_cache (
    url text,
    response_code integer,
    etag text,
    expires_ts bigint,
    og text,
    media_id text,
    download_ts bigint
);


--
-- Name: login_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_tokens (
    token text NOT NULL,
    user_id text NOT NULL,
    expiry_ts bigint NOT NULL,
    used_ts bigint,
    auth_provider_id text,
    auth_provider_session_id text
);


--
-- Name: monthly_active_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.monthly_active_users (
    user_id text NOT NULL,
    "timestamp" bigint NOT NULL
);


--
-- Name: msc4242_state_dag_edges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.msc4242_state_dag_edges (
    room_id text NOT NULL,
    event_id text NOT NULL,
    prev_state_event_id text
);


--
-- Name: msc4242_state_dag_forward_extremities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.msc4242_state_dag_forward_extremities (
    room_id text NOT NULL,
    event_id text NOT NULL
);


--
-- Name: open_id_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.open_id_tokens (
    token text NOT NULL,
    ts_valid_until_ms bigint NOT NULL,
    user_id text NOT NULL
);


--
-- Name: partial_state_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partial_state_events (
    room_id text NOT NULL,
    event_id text NOT NULL
);


--
-- Name: partial_state_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partial_state_rooms (
    room_id text NOT NULL,
    device_lists_stream_id bigint DEFAULT 0 NOT NULL,
    join_event_id text,
    joined_via text
);


--
-- Name: partial_state_rooms_servers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partial_state_rooms_servers (
    room_id text NOT NULL,
    server_name text NOT NULL
);


--
-- Name: per_user_experimental_features; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.per_user_experimental_features (
    user_id text NOT NULL,
    feature text NOT NULL,
    enabled boolean DEFAULT false
);


--
-- Name: port_from_sqlite3; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.port_from_sqlite3 (
    table_name character varying(100) NOT NULL,
    forward_rowid bigint NOT NULL,
    backward_rowid bigint NOT NULL
);


--
-- Name: presence_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.presence_stream (
    stream_id bigint,
    user_id text,
    state text,
    last_active_ts bigint,
    last_federation_update_ts bigint,
    last_user_sync_ts bigint,
    status_msg text,
    currently_active boolean,
    instance_name text
);


--
-- Name: presence_stream_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.presence_stream_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profile_updates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.profile_updates (
    stream_id bigint NOT NULL,
    instance_name text NOT NULL,
    user_id text NOT NULL,
    action text NOT NULL,
    affected_fields jsonb,
    inserted_ts bigint NOT NULL
);


--
-- Name: profile_updates_per_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.profile_updates_per_user (
    stream_id bigint NOT NULL,
    user_id text NOT NULL,
    inserted_ts bigint NOT NULL
);


--
-- Name: profile_updates_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.profile_updates_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.profiles (
    user_id text NOT NULL,
    displayname text,
    avatar_url text,
    full_user_id text,
    fields jsonb,
    CONSTRAINT full_user_id_not_null CHECK ((full_user_id IS NOT NULL))
);


--
-- Name: push_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.push_rules (
    id bigint NOT NULL,
    user_name text NOT NULL,
    rule_id text NOT NULL,
    priority_class smallint NOT NULL,
    priority integer DEFAULT 0 NOT NULL,
    conditions text NOT NULL,
    actions text NOT NULL
);


--
-- Name: push_rules_enable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.push_rules_enable (
    id bigint NOT NULL,
    user_name text NOT NULL,
    rule_id text NOT NULL,
    enabled smallint
);


--
-- Name: push_rules_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.push_rules_stream (
    stream_id bigint NOT NULL,
    event_stream_ordering bigint NOT NULL,
    user_id text NOT NULL,
    rule_id text NOT NULL,
    op text NOT NULL,
    priority_class smallint,
    priority integer,
    conditions text,
    actions text,
    instance_name text
);


--
-- Name: push_rules_stream_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.push_rules_stream_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pusher_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pusher_throttle (
    pusher bigint NOT NULL,
    room_id text NOT NULL,
    last_sent_ts bigint,
    throttle_ms bigint
);


--
-- Name: pushers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pushers (
    id bigint NOT NULL,
    user_name text NOT NULL,
    access_token bigint,
    profile_tag text NOT NULL,
    kind text NOT NULL,
    app_id text NOT NULL,
    app_display_name text NOT NULL,
    device_display_name text NOT NULL,
    pushkey text NOT NULL,
    ts bigint NOT NULL,
    lang text,
    data text,
    last_stream_ordering bigint,
    last_success bigint,
    failing_since bigint,
    enabled boolean,
    device_id text,
    instance_name text
);


--
-- Name: pushers_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.pushers_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: quarantined_media_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quarantined_media_changes (
    stream_id integer NOT NULL,
    instance_name text NOT NULL,
    origin text,
    media_id text NOT NULL,
    quarantined boolean NOT NULL
);


--
-- Name: quarantined_media_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.quarantined_media_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ratelimit_override; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ratelimit_override (
    user_id text NOT NULL,
    messages_per_second bigint,
    burst_count bigint
);


--
-- Name: receipts_graph; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.receipts_graph (
    room_id text NOT NULL,
    receipt_type text NOT NULL,
    user_id text NOT NULL,
    event_ids text NOT NULL,
    data text NOT NULL,
    thread_id text
);


--
-- Name: receipts_linearized; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.receipts_linearized (
    stream_id bigint NOT NULL,
    room_id text NOT NULL,
    receipt_type text NOT NULL,
    user_id text NOT NULL,
    event_id text NOT NULL,
    data text NOT NULL,
    instance_name text,
    event_stream_ordering bigint,
    thread_id text
);


--
-- Name: receipts_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.receipts_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: received_transactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.received_transactions (
    transaction_id text,
    origin text,
    ts bigint,
    response_code integer,
    response_json bytea,
    has_been_referenced smallint DEFAULT 0
);


--
-- Name: redactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.redactions (
    event_id text NOT NULL,
    redacts text NOT NULL,
    have_censored boolean DEFAULT false NOT NULL,
    received_ts bigint,
    recheck boolean DEFAULT true NOT NULL
);


--
-- Name: refresh_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.refresh_tokens (
    id bigint NOT NULL,
    user_id text NOT NULL,
    device_id text NOT NULL,
    token text NOT NULL,
    next_token_id bigint,
    expiry_ts bigint,
    ultimate_session_expiry_ts bigint
);


--
-- Name: registration_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.registration_tokens (
    token text NOT NULL,
    uses_allowed integer,
    pending integer NOT NULL,
    completed integer NOT NULL,
    expiry_time bigint
);


--
-- Name: rejections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rejections (
    event_id text NOT NULL,
    reason text NOT NULL,
    last_check text NOT NULL
);


--
-- Name: remote_media_cache; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.remote_media_cache (
    media_origin text,
    media_id text,
    media_type text,
    created_ts bigint,
    upload_name text,
    media_length integer,
    filesystem_id text,
    last_access_ts bigint,
    quarantined_by text,
    authenticated boolean DEFAULT false NOT NULL,
    sha256 text
);


--
-- Name: remote_media_cache_thumbnails; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.remote_media_cache_thumbnails (
    media_origin text,
    media_id text,
    thumbnail_width integer,
    thumbnail_height integer,
    thumbnail_method text,
    thumbnail_type text,
    thumbnail_length integer,
    filesystem_id text
);


--
-- Name: room_account_data; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_account_data (
    user_id text NOT NULL,
    room_id text NOT NULL,
    account_data_type text NOT NULL,
    stream_id bigint NOT NULL,
    content text NOT NULL,
    instance_name text
);


--
-- Name: room_alias_servers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_alias_servers (
    room_alias text NOT NULL,
    server text NOT NULL
);


--
-- Name: room_aliases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_aliases (
    room_alias text NOT NULL,
    room_id text NOT NULL,
    creator text
);


--
-- Name: room_ban_redactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_ban_redactions (
    room_id text NOT NULL,
    user_id text NOT NULL,
    redacting_event_id text NOT NULL,
    redact_end_ordering bigint
);


--
-- Name: room_depth; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_depth (
    room_id text NOT NULL,
    min_depth bigint
);


--
-- Name: room_forgetter_stream_pos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_forgetter_stream_pos (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL,
    CONSTRAINT room_forgetter_stream_pos_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: room_memberships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_memberships (
    event_id text NOT NULL,
    user_id text NOT NULL,
    sender text NOT NULL,
    room_id text NOT NULL,
    membership text NOT NULL,
    forgotten integer DEFAULT 0,
    display_name text,
    avatar_url text,
    event_stream_ordering bigint,
    participant boolean DEFAULT false
);


--
-- Name: room_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_reports (
    id bigint NOT NULL,
    received_ts bigint NOT NULL,
    room_id text NOT NULL,
    user_id text NOT NULL,
    reason text NOT NULL
);


--
-- Name: room_retention; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_retention (
    room_id text NOT NULL,
    event_id text NOT NULL,
    min_lifetime bigint,
    max_lifetime bigint
);


--
-- Name: room_stats_current; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_stats_current (
    room_id text NOT NULL,
    current_state_events integer NOT NULL,
    joined_members integer NOT NULL,
    invited_members integer NOT NULL,
    left_members integer NOT NULL,
    banned_members integer NOT NULL,
    local_users_in_room integer NOT NULL,
    completed_delta_stream_id bigint NOT NULL,
    knocked_members integer
);


--
-- Name: room_stats_earliest_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_stats_earliest_token (
    room_id text NOT NULL,
    token bigint NOT NULL
);


--
-- Name: room_stats_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_stats_state (
    room_id text NOT NULL,
    name text,
    canonical_alias text,
    join_rules text,
    history_visibility text,
    encryption text,
    avatar text,
    guest_access text,
    is_federatable boolean,
    topic text,
    room_type text
);


--
-- Name: room_tags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_tags (
    user_id text NOT NULL,
    room_id text NOT NULL,
    tag text NOT NULL,
    content text NOT NULL
);


--
-- Name: room_tags_revisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_tags_revisions (
    user_id text NOT NULL,
    room_id text NOT NULL,
    stream_id bigint NOT NULL,
    instance_name text
);


--
-- Name: rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rooms (
    room_id text NOT NULL,
    is_public boolean,
    creator text,
    room_version text,
    has_auth_chain_index boolean
);


--
-- Name: scheduled_tasks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scheduled_tasks (
    id text NOT NULL,
    action text NOT NULL,
    status text NOT NULL,
    "timestamp" bigint NOT NULL,
    resource_id text,
    params text,
    result text,
    error text
);


--
-- Name: schema_compat_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_compat_version (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    compat_version integer NOT NULL,
    CONSTRAINT schema_compat_version_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    version integer NOT NULL,
    upgraded boolean NOT NULL,
    CONSTRAINT schema_version_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: server_keys_json; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.server_keys_json (
    server_name text NOT NULL,
    key_id text NOT NULL,
    from_server text NOT NULL,
    ts_added_ms bigint NOT NULL,
    ts_valid_until_ms bigint NOT NULL,
    key_json bytea NOT NULL
);


--
-- Name: server_signature_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.server_signature_keys (
    server_name text,
    key_id text,
    from_server text,
    ts_added_ms bigint,
    verify_key bytea,
    ts_valid_until_ms bigint
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    session_type text NOT NULL,
    session_id text NOT NULL,
    value text NOT NULL,
    expiry_time_ms bigint NOT NULL
);


--
-- Name: sliding_sync_connection_lazy_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connection_lazy_members (
    connection_key bigint NOT NULL,
    connection_position bigint,
    room_id text NOT NULL,
    user_id text NOT NULL,
    last_seen_ts bigint NOT NULL
);


--
-- Name: sliding_sync_connection_positions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connection_positions (
    connection_position bigint NOT NULL,
    connection_key bigint NOT NULL,
    created_ts bigint NOT NULL
);


--
-- Name: sliding_sync_connection_positions_connection_position_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.sliding_sync_connection_positions ALTER COLUMN connection_position ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.sliding_sync_connection_positions_connection_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sliding_sync_connection_required_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connection_required_state (
    required_state_id bigint NOT NULL,
    connection_key bigint NOT NULL,
    required_state text NOT NULL
);


--
-- Name: sliding_sync_connection_required_state_required_state_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.sliding_sync_connection_required_state ALTER COLUMN required_state_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.sliding_sync_connection_required_state_required_state_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sliding_sync_connection_room_configs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connection_room_configs (
    connection_position bigint NOT NULL,
    room_id text NOT NULL,
    timeline_limit bigint NOT NULL,
    required_state_id bigint NOT NULL
);


--
-- Name: sliding_sync_connection_streams; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connection_streams (
    connection_position bigint NOT NULL,
    stream text NOT NULL,
    room_id text NOT NULL,
    room_status text NOT NULL,
    last_token text
);


--
-- Name: sliding_sync_connections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connections (
    connection_key bigint NOT NULL,
    user_id text NOT NULL,
    effective_device_id text NOT NULL,
    conn_id text NOT NULL,
    created_ts bigint NOT NULL,
    last_used_ts bigint
);


--
-- Name: sliding_sync_connections_connection_key_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.sliding_sync_connections ALTER COLUMN connection_key ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.sliding_sync_connections_connection_key_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sliding_sync_joined_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_joined_rooms (
    room_id text NOT NULL,
    event_stream_ordering bigint NOT NULL,
    bump_stamp bigint,
    room_type text,
    room_name text,
    is_encrypted boolean DEFAULT false NOT NULL,
    tombstone_successor_room_id text
);


--
-- Name: sliding_sync_joined_rooms_to_recalculate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_joined_rooms_to_recalculate (
    room_id text NOT NULL
);


--
-- Name: sliding_sync_membership_snapshots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_membership_snapshots (
    room_id text NOT NULL,
    user_id text NOT NULL,
    sender text NOT NULL,
    membership_event_id text NOT NULL,
    membership text NOT NULL,
    forgotten integer DEFAULT 0 NOT NULL,
    event_stream_ordering bigint NOT NULL,
    event_instance_name text NOT NULL,
    has_known_state boolean DEFAULT false NOT NULL,
    room_type text,
    room_name text,
    is_encrypted boolean DEFAULT false NOT NULL,
    tombstone_successor_room_id text
);


--
-- Name: state_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_events (
    event_id text NOT NULL,
    room_id text NOT NULL,
    type text NOT NULL,
    state_key text NOT NULL,
    prev_state text
);


--
-- Name: state_group_edges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_group_edges (
    state_group bigint NOT NULL,
    prev_state_group bigint NOT NULL
);


--
-- Name: state_group_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.state_group_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: state_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_groups (
    id bigint NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL
);


--
-- Name: state_groups_pending_deletion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_groups_pending_deletion (
    sequence_number bigint NOT NULL,
    state_group bigint NOT NULL,
    insertion_ts bigint NOT NULL
);


--
-- Name: state_groups_pending_deletion_sequence_number_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.state_groups_pending_deletion ALTER COLUMN sequence_number ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.state_groups_pending_deletion_sequence_number_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: state_groups_persisting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_groups_persisting (
    state_group bigint NOT NULL,
    instance_name text NOT NULL,
    inserted_ts bigint DEFAULT (EXTRACT(epoch FROM now()) * (1000)::numeric) NOT NULL
);


--
-- Name: state_groups_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_groups_state (
    state_group bigint NOT NULL,
    room_id text NOT NULL,
    type text NOT NULL,
    state_key text NOT NULL,
    event_id text NOT NULL
);
ALTER TABLE ONLY public.state_groups_state ALTER COLUMN state_group SET (n_distinct=-0.02);


--
-- Name: stats_incremental_position; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_incremental_position (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL,
    CONSTRAINT stats_incremental_position_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: sticky_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sticky_events (
    stream_id integer NOT NULL,
    instance_name text NOT NULL,
    event_id text NOT NULL,
    room_id text NOT NULL,
    event_stream_ordering integer NOT NULL,
    sender text NOT NULL,
    expires_at bigint NOT NULL
);


--
-- Name: sticky_events_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sticky_events_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: stream_ordering_to_exterm; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stream_ordering_to_exterm (
    stream_ordering bigint NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL
);


--
-- Name: stream_positions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stream_positions (
    stream_name text NOT NULL,
    instance_name text NOT NULL,
    stream_id bigint NOT NULL
);


--
-- Name: thread_subscriptions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.thread_subscriptions (
    stream_id integer NOT NULL,
    instance_name text NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL,
    user_id text NOT NULL,
    subscribed boolean NOT NULL,
    automatic boolean NOT NULL,
    unsubscribed_at_stream_ordering bigint,
    unsubscribed_at_topological_ordering bigint
);


--
-- Name: TABLE thread_subscriptions; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.thread_subscriptions IS 'Tracks local users that subscribe to threads';


--
-- Name: COLUMN thread_subscriptions.subscribed; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.thread_subscriptions.subscribed IS 'Whether the user is subscribed to the thread or not. We track unsubscribed threads because we need to stream the subscription change to the client.';


--
-- Name: COLUMN thread_subscriptions.automatic; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.thread_subscriptions.automatic IS 'True if the user was subscribed to the thread automatically by their client, or false if the client manually requested the subscription.';


--
-- Name: COLUMN thread_subscriptions.unsubscribed_at_stream_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.thread_subscriptions.unsubscribed_at_stream_ordering IS 'The maximum stream_ordering in the room when the unsubscription was made.';


--
-- Name: COLUMN thread_subscriptions.unsubscribed_at_topological_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.thread_subscriptions.unsubscribed_at_topological_ordering IS 'The maximum topological_ordering in the room when the unsubscription was made.';


--
-- Name: thread_subscriptions_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.thread_subscriptions_sequence
    START WITH 2
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: threads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.threads (
    room_id text NOT NULL,
    thread_id text NOT NULL,
    latest_event_id text NOT NULL,
    topological_ordering bigint NOT NULL,
    stream_ordering bigint NOT NULL
);


--
-- Name: COLUMN threads.latest_event_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.threads.latest_event_id IS 'the ID of the event that is latest, ordered by (topological_ordering, stream_ordering)';


--
-- Name: COLUMN threads.topological_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.threads.topological_ordering IS 'the topological ordering of the thread''''s LATEST event.
Used as the primary way of ordering threads by recency in a room.';


--
-- Name: COLUMN threads.stream_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.threads.stream_ordering IS 'the stream ordering of the thread''s LATEST event.
Used as a tie-breaker for ordering threads by recency in a room, when the topological order is a tie.
Also used for recency ordering in sliding sync.';


--
-- Name: threepid_guest_access_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.threepid_guest_access_tokens (
    medium text,
    address text,
    guest_access_token text,
    first_inviter text
);


--
-- Name: threepid_validation_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.threepid_validation_session (
    session_id text NOT NULL,
    medium text NOT NULL,
    address text NOT NULL,
    client_secret text NOT NULL,
    last_send_attempt bigint NOT NULL,
    validated_at bigint
);


--
-- Name: threepid_validation_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.threepid_validation_token (
    token text NOT NULL,
    session_id text NOT NULL,
    next_link text,
    expires bigint NOT NULL
);


--
-- Name: timeline_gaps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.timeline_gaps (
    room_id text NOT NULL,
    instance_name text NOT NULL,
    stream_ordering bigint NOT NULL
);


--
-- Name: ui_auth_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ui_auth_sessions (
    session_id text NOT NULL,
    creation_time bigint NOT NULL,
    serverdict text NOT NULL,
    clientdict text NOT NULL,
    uri text NOT NULL,
    method text NOT NULL,
    description text NOT NULL
);


--
-- Name: ui_auth_sessions_credentials; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ui_auth_sessions_credentials (
    session_id text NOT NULL,
    stage_type text NOT NULL,
    result text NOT NULL
);


--
-- Name: ui_auth_sessions_ips; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ui_auth_sessions_ips (
    session_id text NOT NULL,
    ip text NOT NULL,
    user_agent text NOT NULL
);


--
-- Name: un_partial_stated_event_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.un_partial_stated_event_stream (
    stream_id bigint NOT NULL,
    instance_name text NOT NULL,
    event_id text NOT NULL,
    rejection_status_changed boolean NOT NULL
);


--
-- Name: un_partial_stated_event_stream_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.un_partial_stated_event_stream_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: un_partial_stated_room_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.un_partial_stated_room_stream (
    stream_id bigint NOT NULL,
    instance_name text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: un_partial_stated_room_stream_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.un_partial_stated_room_stream_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_daily_visits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_daily_visits (
    user_id text NOT NULL,
    device_id text,
    "timestamp" bigint NOT NULL,
    user_agent text
);


--
-- Name: user_directory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_directory (
    user_id text NOT NULL,
    room_id text,
    display_name text,
    avatar_url text
);


--
-- Name: user_directory_search; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_directory_search (
    user_id text NOT NULL,
    vector tsvector
);


--
-- Name: user_directory_stale_remote_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_directory_stale_remote_users (
    user_id text NOT NULL,
    user_server_name text NOT NULL,
    next_try_at_ts bigint NOT NULL,
    retry_counter integer NOT NULL
);


--
-- Name: user_directory_stream_pos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_directory_stream_pos (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint,
    CONSTRAINT user_directory_stream_pos_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: user_external_ids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_external_ids (
    auth_provider text NOT NULL,
    external_id text NOT NULL,
    user_id text NOT NULL
);


--
-- Name: user_filters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_filters (
    user_id text NOT NULL,
    filter_id bigint NOT NULL,
    filter_json bytea NOT NULL,
    full_user_id text,
    CONSTRAINT full_user_id_not_null CHECK ((full_user_id IS NOT NULL))
);


--
-- Name: user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_ips; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_ips (
    user_id text NOT NULL,
    access_token text NOT NULL,
    device_id text,
    ip text NOT NULL,
    user_agent text NOT NULL,
    last_seen bigint NOT NULL
);


--
-- Name: user_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_reports (
    id bigint NOT NULL,
    received_ts bigint NOT NULL,
    target_user_id text NOT NULL,
    user_id text NOT NULL,
    reason text NOT NULL
);


--
-- Name: user_signature_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_signature_stream (
    stream_id bigint NOT NULL,
    from_user_id text NOT NULL,
    user_ids text NOT NULL,
    instance_name text
);


--
-- Name: user_stats_current; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_stats_current (
    user_id text NOT NULL,
    joined_rooms bigint NOT NULL,
    completed_delta_stream_id bigint NOT NULL
);


--
-- Name: user_threepid_id_server; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_threepid_id_server (
    user_id text NOT NULL,
    medium text NOT NULL,
    address text NOT NULL,
    id_server text NOT NULL
);


--
-- Name: user_threepids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_threepids (
    user_id text NOT NULL,
    medium text NOT NULL,
    address text NOT NULL,
    validated_at bigint NOT NULL,
    added_at bigint NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    name text,
    password_hash text,
    creation_ts bigint,
    admin smallint DEFAULT 0 NOT NULL,
    upgrade_ts bigint,
    is_guest smallint DEFAULT 0 NOT NULL,
    appservice_id text,
    consent_version text,
    consent_server_notice_sent text,
    user_type text,
    deactivated smallint DEFAULT 0 NOT NULL,
    shadow_banned boolean,
    consent_ts bigint,
    approved boolean,
    locked boolean DEFAULT false NOT NULL,
    suspended boolean DEFAULT false NOT NULL
);


--
-- Name: users_in_public_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users_in_public_rooms (
    user_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: users_pending_deactivation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users_pending_deactivation (
    user_id text NOT NULL
);


--
-- Name: users_to_send_full_presence_to; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users_to_send_full_presence_to (
    user_id text NOT NULL,
    presence_stream_id bigint
);


--
-- Name: users_who_share_private_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users_who_share_private_rooms (
    user_id text NOT NULL,
    other_user_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: worker_locks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.worker_locks (
    lock_name text NOT NULL,
    lock_key text NOT NULL,
    instance_name text NOT NULL,
    token text NOT NULL,
    last_renewed_ts bigint NOT NULL
);


--
-- Name: worker_read_write_locks; Type: TABLE; Schema: public; Owner: -
--

CREATE UNLOGGED TABLE public.worker_read_write_locks (
    lock_name text NOT NULL,
    lock_key text NOT NULL,
    instance_name text NOT NULL,
    write_lock boolean NOT NULL,
    token text NOT NULL,
    last_renewed_ts bigint NOT NULL
);


--
-- Name: worker_read_write_locks_mode; Type: TABLE; Schema: public; Owner: -
--

CREATE UNLOGGED TABLE public.worker_read_write_locks_mode (
    lock_name text NOT NULL,
    lock_key text NOT NULL,
    write_lock boolean NOT NULL,
    token text NOT NULL
);


--
-- Name: instance_map instance_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance_map ALTER COLUMN instance_id SET DEFAULT nextval('public.instance_map_instance_id_seq'::regclass);


--
-- Data for Name: access_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.access_tokens (id, user_id, device_id, token, valid_until_ms, puppets_user_id, last_validated, refresh_token_id, used) FROM stdin;
2	@alice:localhost:8741	KCQZCHENSD	syt_YWxpY2U_WCLZeKmwRtCMPzvBKKOz_15LbEt	\N	\N	1796458951970	\N	f
3	@alice:localhost:8741	ALICE1	syt_YWxpY2U_ecdVOzlUQaaJoBsoXPYB_1rN2Hy	\N	\N	1796458953353	\N	t
4	@alice:localhost:8741	ALICE2	syt_YWxpY2U_lyKAxwUmuzuxGoXFyUOo_0Xl7sf	\N	\N	1796458954676	\N	t
5	@bob:localhost:8741	TVHJVDDUCR	syt_Ym9i_EXjzPyCBzoDfsmCrZRhZ_0bWxX7	\N	\N	1796458955945	\N	f
6	@bob:localhost:8741	BOB1	syt_Ym9i_KbTyDlOCUyudLDjjDpyP_0smGYs	\N	\N	1796458957020	\N	t
7	@bob:localhost:8741	BOB2	syt_Ym9i_RgTVJwlsDVgJxKpWSYAF_0Dkfuj	\N	\N	1796458958236	\N	t
\.


--
-- Data for Name: account_data; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.account_data (user_id, account_data_type, stream_id, content, instance_name) FROM stdin;
\.


--
-- Data for Name: account_validity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.account_validity (user_id, expiration_ts_ms, email_sent, renewal_token, token_used_ts_ms) FROM stdin;
\.


--
-- Data for Name: application_services_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.application_services_state (as_id, state, read_receipt_stream_id, presence_stream_id, to_device_stream_id, device_list_stream_id) FROM stdin;
\.


--
-- Data for Name: application_services_txns; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.application_services_txns (as_id, txn_id, event_ids) FROM stdin;
\.


--
-- Data for Name: applied_module_schemas; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.applied_module_schemas (module_name, file) FROM stdin;
\.


--
-- Data for Name: applied_schema_deltas; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.applied_schema_deltas (version, file) FROM stdin;
73	73/01event_failed_pull_attempts.sql
73	73/02add_pusher_enabled.sql
73	73/02room_id_indexes_for_purging.sql
73	73/03pusher_device_id.sql
73	73/03users_approved_column.sql
73	73/04partial_join_details.sql
73	73/04pending_device_list_updates.sql
73	73/05old_push_actions.sql.postgres
73	73/06thread_notifications_thread_id_idx.sql
73	73/08thread_receipts_non_null.sql.postgres
73	73/09partial_joined_via_destination.sql
73	73/09threads_table.sql
73	73/10_update_sqlite_fts4_tokenizer.py
73	73/10login_tokens.sql
73	73/11event_search_room_id_n_distinct.sql.postgres
73	73/12refactor_device_list_outbound_pokes.sql
73	73/13add_device_lists_index.sql
73	73/20_un_partial_stated_room_stream.sql
73	73/21_un_partial_stated_room_stream_seq.sql.postgres
73	73/22_rebuild_user_dir_stats.sql
73	73/22_un_partial_stated_event_stream.sql
73	73/23_fix_thread_index.sql
73	73/23_un_partial_stated_room_stream_seq.sql.postgres
73	73/24_events_jump_to_date_index.sql
73	73/25drop_presence.sql
74	74/01_user_directory_stale_remote_users.sql
74	74/02_set_device_id_for_pushers_bg_update.sql
74	74/03_membership_tables_event_stream_ordering.sql.postgres
74	74/03_room_membership_index.sql
74	74/04_delete_e2e_backup_keys_for_deactivated_users.sql
74	74/04_membership_tables_event_stream_ordering_triggers.py
74	74/05_events_txn_id_device_id.sql
74	74/90COMMENTS_destinations.sql.postgres
76	76/01_add_profiles_full_user_id_column.sql
76	76/02_add_user_filters_full_user_id_column.sql
76	76/03_per_user_experimental_features.sql
76	76/04_add_room_forgetter.sql
77	77/01_add_profiles_not_valid_check.sql.postgres
77	77/02_add_user_filters_not_valid_check.sql.postgres
77	77/03bg_populate_full_user_id_profiles.sql
77	77/04bg_populate_full_user_id_user_filters.sql
77	77/05thread_notifications_backfill.sql
77	77/06thread_notifications_not_null_event_push_actions.sql.postgres
77	77/06thread_notifications_not_null_event_push_actions_staging.sql.postgres
77	77/06thread_notifications_not_null_event_push_summary.sql.postgres
77	77/14bg_indices_event_stream_ordering.sql
78	78/01_validate_and_update_profiles.py
78	78/02_validate_and_update_user_filters.py
78	78/03_remove_unused_indexes_user_filters.py
78	78/03event_extremities_constraints.py
78	78/04_add_full_user_id_index_user_filters.py
79	79/03_read_write_locks_triggers.sql.postgres
79	79/04_mitigate_stream_ordering_update_race.py
79	79/05_read_write_locks_triggers.sql.postgres
80	80/01_users_alter_locked.sql
80	80/02_read_write_locks_unlogged.sql.postgres
80	80/02_scheduled_tasks.sql
80	80/03_read_write_locks_triggers.sql.postgres
80	80/04_read_write_locks_deadlock.sql.postgres
82	82/02_scheduled_tasks_index.sql
82	82/04_add_indices_for_purging_rooms.sql
82	82/05gaps.sql
83	83/01_drop_old_tables.sql
83	83/05_cross_signing_key_update_grant.sql
83	83/06_event_push_summary_room.sql
84	84/01_auth_links_stats.sql.postgres
84	84/02_auth_links_index.sql
84	84/03_auth_links_analyze.sql.postgres
84	84/04_access_token_index.sql
85	85/01_add_suspended.sql
85	85/02_add_instance_names.sql
85	85/03_new_sequences.sql.postgres
85	85/04_cleanup_device_federation_outbox.sql
85	85/05_add_instance_names_converted_pos.sql
85	85/06_add_room_reports.sql
86	86/01_authenticate_media.sql
86	86/02_receipts_event_id_index.sql
87	87/01_sliding_sync_memberships.sql
87	87/02_per_connection_state.sql
87	87/03_current_state_index.sql
88	88/01_add_delayed_events.sql
88	88/01_custom_profile_fields.sql
88	88/02_fix_sliding_sync_membership_snapshots_forgotten_column.sql
88	88/03_add_otk_ts_added_index.sql
88	88/04_current_state_delta_index.sql
88	88/05_drop_old_otks.sql.postgres
88	88/05_sliding_sync_room_config_index.sql
88	88/06_events_received_ts_index.sql
89	89/01_sliding_sync_membership_snapshot_index.sql
89	89/01_state_groups_deletion.sql
90	90/01_add_column_participant_room_memberships_table.sql
90	90/02_delete_unreferenced_state_groups.sql
90	90/03_remove_old_deletion_bg_update.sql
91	91/01_media_hash.sql
92	92/01_remove_trigger.sql.postgres
92	92/02_remove_populate_participant_bg_update.sql
92	92/04_ss_membership_snapshot_idx.sql
92	92/04_thread_subscriptions.sql
92	92/04_thread_subscriptions_seq.sql.postgres
92	92/05_fixup_max_depth_cap.sql
92	92/05_thread_subscriptions_comments.sql.postgres
92	92/06_device_federation_inbox_index.sql
92	92/06_threads_last_sent_stream_ordering_comments.sql.postgres
92	92/07_add_user_reports.sql
92	92/07_event_txn_id_device_id_txn_id2.sql
92	92/08_room_ban_redactions.sql
92	92/08_thread_subscriptions_seq_fixup.sql.postgres
92	92/09_thread_subscriptions_update.sql
92	92/09_thread_subscriptions_update.sql.postgres
93	93/01_add_delayed_events.sql
93	93/01_sticky_events.sql
93	93/01_sticky_events_seq.sql.postgres
93	93/02_sliding_sync_members.sql
93	93/03_sss_pos_last_used.sql
93	93/04_make_delayed_event_content_text.py
94	94/01_redactions_recheck.sql
94	94/01_state_groups_persisting_inserted_ts.sql.postgres
94	94/02_redactions_recheck_bg_update.sql
94	94/03_device_lists_room_timestamp.sql
94	94/03_quarantined_media_tracking.sql
94	94/03_quarantined_media_tracking_seq.sql.postgres
94	94/03_state_dag_fwd_extrems.sql
94	94/04_device_lists_changes_max_pruned.sql
94	94/05_rerun_flag_existing_quarantined_media.sql
94	94/06_sliding_sync_connections_last_used_ts_index.sql
94	94/07_profile_updates.sql
94	94/07_profile_updates_seq.sql.postgres
94	94/07_sliding_sync_lazy_members_position_index.sql
94	94/08_device_lists_changes_in_room_unconverted_idx.sql
94	94/09_e2e_cross_signing_signatures_index.sql
94	94/10_e2e_cross_signing_signatures_add_key_id_to_index.sql
94	94/11_destination_room_sticky_events.sql
\.


--
-- Data for Name: appservice_room_list; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.appservice_room_list (appservice_id, network_id, room_id) FROM stdin;
\.


--
-- Data for Name: appservice_stream_position; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.appservice_stream_position (lock, stream_ordering) FROM stdin;
X	0
\.


--
-- Data for Name: background_updates; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.background_updates (update_name, progress_json, depends_on, ordering) FROM stdin;
\.


--
-- Data for Name: blocked_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.blocked_rooms (room_id, user_id) FROM stdin;
\.


--
-- Data for Name: cache_invalidation_stream_by_instance; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cache_invalidation_stream_by_instance (stream_id, instance_name, cache_func, keys, invalidation_ts) FROM stdin;
\.


--
-- Data for Name: current_state_delta_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.current_state_delta_stream (stream_id, room_id, type, state_key, event_id, prev_event_id, instance_name) FROM stdin;
2	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.create		$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	\N	master
3	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@alice:localhost:8741	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	\N	master
4	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.history_visibility		$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	\N	master
4	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.join_rules		$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	\N	master
4	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.power_levels		$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	\N	master
7	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@bob:localhost:8741	$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	\N	master
8	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@carol:localhost:8742	$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	\N	master
9	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@bob:localhost:8741	$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	master
10	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@carol:localhost:8742	$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	master
\.


--
-- Data for Name: current_state_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.current_state_events (event_id, room_id, type, state_key, membership, event_stream_ordering) FROM stdin;
$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.create		\N	2
$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@alice:localhost:8741	join	3
$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.history_visibility		\N	6
$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.join_rules		\N	5
$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.power_levels		\N	4
$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@bob:localhost:8741	join	9
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@carol:localhost:8742	join	10
\.


--
-- Data for Name: dehydrated_devices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dehydrated_devices (user_id, device_id, device_data) FROM stdin;
\.


--
-- Data for Name: delayed_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.delayed_events (delay_id, user_localpart, device_id, delay, send_ts, room_id, event_type, state_key, origin_server_ts, content, is_processed, sticky_duration_ms) FROM stdin;
\.


--
-- Data for Name: delayed_events_stream_pos; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.delayed_events_stream_pos (lock, stream_id) FROM stdin;
X	10
\.


--
-- Data for Name: deleted_pushers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deleted_pushers (stream_id, app_id, pushkey, user_id, instance_name) FROM stdin;
\.


--
-- Data for Name: destination_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.destination_rooms (destination, room_id, stream_ordering) FROM stdin;
\.


--
-- Data for Name: destination_rooms_sticky_events_backlog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.destination_rooms_sticky_events_backlog (destination, room_id, sticky_events_stream_position) FROM stdin;
\.


--
-- Data for Name: destinations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.destinations (destination, retry_last_ts, retry_interval, failure_ts, last_successful_stream_ordering) FROM stdin;
\.


--
-- Data for Name: device_auth_providers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_auth_providers (user_id, device_id, auth_provider_id, auth_provider_session_id) FROM stdin;
\.


--
-- Data for Name: device_federation_inbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_federation_inbox (origin, message_id, received_ts, instance_name) FROM stdin;
\.


--
-- Data for Name: device_federation_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_federation_outbox (destination, stream_id, queued_ts, messages_json, instance_name) FROM stdin;
\.


--
-- Data for Name: device_inbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_inbox (user_id, device_id, stream_id, message_json, instance_name) FROM stdin;
\.


--
-- Data for Name: device_lists_changes_converted_stream_position; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_changes_converted_stream_position (lock, stream_id, room_id, instance_name) FROM stdin;
X	21		master
\.


--
-- Data for Name: device_lists_changes_in_room; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_changes_in_room (user_id, device_id, room_id, stream_id, converted_to_destinations, opentracing_context, instance_name, inserted_ts) FROM stdin;
@carol:localhost:8742	CAROL1	!yMtHFgRgiclvneFbgt:localhost:8741	22	t	{}	master	1796458965100
@carol:localhost:8742	CAROL2	!yMtHFgRgiclvneFbgt:localhost:8741	23	t	{}	master	1796458965100
@carol:localhost:8742	z83m4H188dRwENsE9RD2x6jzimPfuqxMXFLZkvIYOIQ	!yMtHFgRgiclvneFbgt:localhost:8741	24	t	{}	master	1796458965100
@carol:localhost:8742	RdKAgzvdb8KFOjgH57fDNzwnZ+RnbHTHTRnv1bBPYW0	!yMtHFgRgiclvneFbgt:localhost:8741	25	t	{}	master	1796458965100
\.


--
-- Data for Name: device_lists_changes_in_room_max_pruned_stream_id; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_changes_in_room_max_pruned_stream_id (lock, stream_id) FROM stdin;
X	0
\.


--
-- Data for Name: device_lists_outbound_last_success; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_outbound_last_success (destination, user_id, stream_id) FROM stdin;
\.


--
-- Data for Name: device_lists_outbound_pokes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_outbound_pokes (destination, stream_id, user_id, device_id, sent, ts, opentracing_context, instance_name) FROM stdin;
\.


--
-- Data for Name: device_lists_remote_cache; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_remote_cache (user_id, device_id, content) FROM stdin;
@carol:localhost:8742	CAROL1	{"device_id":"CAROL1","keys":{"algorithms":["m.olm.v1.curve25519-aes-sha2","m.megolm.v1.aes-sha2"],"device_id":"CAROL1","keys":{"curve25519:CAROL1":"iMqomaAJkdGc1J/PkFmCZmHdoY2JHSA6EPpwDHOHUCQ","ed25519:CAROL1":"yUD0eGQpfW3ckSLZZuowZ+9PFnaVMuXT8SEV2uCa5rk"},"signatures":{"@carol:localhost:8742":{"ed25519:CAROL1":"vEIToWCMU1skEtg/42mgz5fGerXxFhuuzAsNIrdFuEBVR6Li6RqXxkIPSXgHWlXTE74pO7yzrQHNoiWIBLzPCQ","ed25519:RdKAgzvdb8KFOjgH57fDNzwnZ+RnbHTHTRnv1bBPYW0":"yi3RMW0qjGEnrz6/y43Up+3izv2ZjbOQHzZThhPRQXnYEWSVET2y2Gb8CHVdAnv5zbJGyR37D0hk2jf640gzCg"}},"user_id":"@carol:localhost:8742"}}
@carol:localhost:8742	CAROL2	{"device_id":"CAROL2","keys":{"algorithms":["m.olm.v1.curve25519-aes-sha2","m.megolm.v1.aes-sha2"],"device_id":"CAROL2","keys":{"curve25519:CAROL2":"n5MLCcrbptwmWFc9ghTXP+hhIJA97jDx8qTZyXf1HVA","ed25519:CAROL2":"0m1Uvj1UogWHBr31cVebVyiudMi1P+exvUQJ1MDpSig"},"signatures":{"@carol:localhost:8742":{"ed25519:CAROL2":"iwNtrjNc4e2/kyMRyhkiC4rimoDsKVrTIFHutothLRAflD5h44lLrFhpGx+ntyLPr8jLnzOrEtiSx5KGq47tCQ"}},"user_id":"@carol:localhost:8742"}}
\.


--
-- Data for Name: device_lists_remote_extremeties; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_remote_extremeties (user_id, stream_id) FROM stdin;
@carol:localhost:8742	11
\.


--
-- Data for Name: device_lists_remote_pending; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_remote_pending (stream_id, user_id, device_id, instance_name) FROM stdin;
\.


--
-- Data for Name: device_lists_remote_resync; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_remote_resync (user_id, added_ts) FROM stdin;
\.


--
-- Data for Name: device_lists_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_stream (stream_id, user_id, device_id, instance_name) FROM stdin;
2	@alice:localhost:8741	KCQZCHENSD	master
6	@alice:localhost:8741	ALICE2	master
9	@alice:localhost:8741	NPzsvn21qF9UBu7rvocN9nVIZ6/b+S3eS660fRK4+Sg	master
10	@alice:localhost:8741	ALICE1	master
11	@alice:localhost:8741	K4UwGfCedIU6omnRdr5vx5cFc4U0dz5fiXtLh9ifgiM	master
12	@bob:localhost:8741	TVHJVDDUCR	master
16	@bob:localhost:8741	BOB2	master
19	@bob:localhost:8741	JtrtwCmqjCy0CqEJqS8dhzCtjtLLcGqzMEPAWlhssig	master
20	@bob:localhost:8741	BOB1	master
21	@bob:localhost:8741	Oy+v7NS/c2p4HIzNMlLaqFNLiahHQls9g/DMGMjwSTA	master
22	@carol:localhost:8742	CAROL1	master
23	@carol:localhost:8742	CAROL2	master
24	@carol:localhost:8742	z83m4H188dRwENsE9RD2x6jzimPfuqxMXFLZkvIYOIQ	master
25	@carol:localhost:8742	RdKAgzvdb8KFOjgH57fDNzwnZ+RnbHTHTRnv1bBPYW0	master
\.


--
-- Data for Name: devices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.devices (user_id, device_id, display_name, last_seen, ip, user_agent, hidden) FROM stdin;
@alice:localhost:8741	KCQZCHENSD	\N	\N	\N	\N	f
@alice:localhost:8741	ALICE1	ALICE1 (olm)	1796458953362	127.0.0.1	Python-urllib/3.11	f
@alice:localhost:8741	ALICE2	ALICE2 (olm)	1796458954687	127.0.0.1	Python-urllib/3.11	f
@alice:localhost:8741	K4UwGfCedIU6omnRdr5vx5cFc4U0dz5fiXtLh9ifgiM	master signing key	\N	\N	\N	t
@alice:localhost:8741	NPzsvn21qF9UBu7rvocN9nVIZ6/b+S3eS660fRK4+Sg	self_signing signing key	\N	\N	\N	t
@alice:localhost:8741	LkW4jWwVtgEK2/vNp4qLB8LcKv1669LZVuol0+5jWrY	user_signing signing key	\N	\N	\N	t
@bob:localhost:8741	TVHJVDDUCR	\N	\N	\N	\N	f
@bob:localhost:8741	BOB1	BOB1 (olm)	1796458957053	127.0.0.1	Python-urllib/3.11	f
@bob:localhost:8741	BOB2	BOB2 (olm)	1796458958288	127.0.0.1	Python-urllib/3.11	f
@bob:localhost:8741	Oy+v7NS/c2p4HIzNMlLaqFNLiahHQls9g/DMGMjwSTA	master signing key	\N	\N	\N	t
@bob:localhost:8741	JtrtwCmqjCy0CqEJqS8dhzCtjtLLcGqzMEPAWlhssig	self_signing signing key	\N	\N	\N	t
@bob:localhost:8741	EvGCH5BNx8doTahL3CDP1f3kkJcM0v6QVRFizoGyG1k	user_signing signing key	\N	\N	\N	t
\.


--
-- Data for Name: e2e_cross_signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_cross_signing_keys (user_id, keytype, keydata, stream_id, updatable_without_uia_before_ms, instance_name) FROM stdin;
@alice:localhost:8741	master	{"user_id":"@alice:localhost:8741","usage":["master"],"keys":{"ed25519:K4UwGfCedIU6omnRdr5vx5cFc4U0dz5fiXtLh9ifgiM":"K4UwGfCedIU6omnRdr5vx5cFc4U0dz5fiXtLh9ifgiM"}}	2	\N	master
@alice:localhost:8741	self_signing	{"user_id":"@alice:localhost:8741","usage":["self_signing"],"keys":{"ed25519:NPzsvn21qF9UBu7rvocN9nVIZ6/b+S3eS660fRK4+Sg":"NPzsvn21qF9UBu7rvocN9nVIZ6/b+S3eS660fRK4+Sg"},"signatures":{"@alice:localhost:8741":{"ed25519:K4UwGfCedIU6omnRdr5vx5cFc4U0dz5fiXtLh9ifgiM":"2OPVqcEcIdg0i4IpFThfMuaKtl7bAT/HFladmIJIzFYnALXXX6HvG6fsvVCS6kovZYiDMzQmy626n5RL9ro6BQ"}}}	3	\N	master
@alice:localhost:8741	user_signing	{"user_id":"@alice:localhost:8741","usage":["user_signing"],"keys":{"ed25519:LkW4jWwVtgEK2/vNp4qLB8LcKv1669LZVuol0+5jWrY":"LkW4jWwVtgEK2/vNp4qLB8LcKv1669LZVuol0+5jWrY"},"signatures":{"@alice:localhost:8741":{"ed25519:K4UwGfCedIU6omnRdr5vx5cFc4U0dz5fiXtLh9ifgiM":"c5u1HsJBEJcraXmZPZaVAPIl8fNF5FI7JX/ZDyHzPyiLfoP1QSNazqKpqYWovX1BOEN58eJTGEM3Io/d1/RXAw"}}}	4	\N	master
@bob:localhost:8741	master	{"user_id":"@bob:localhost:8741","usage":["master"],"keys":{"ed25519:Oy+v7NS/c2p4HIzNMlLaqFNLiahHQls9g/DMGMjwSTA":"Oy+v7NS/c2p4HIzNMlLaqFNLiahHQls9g/DMGMjwSTA"}}	5	\N	master
@bob:localhost:8741	self_signing	{"user_id":"@bob:localhost:8741","usage":["self_signing"],"keys":{"ed25519:JtrtwCmqjCy0CqEJqS8dhzCtjtLLcGqzMEPAWlhssig":"JtrtwCmqjCy0CqEJqS8dhzCtjtLLcGqzMEPAWlhssig"},"signatures":{"@bob:localhost:8741":{"ed25519:Oy+v7NS/c2p4HIzNMlLaqFNLiahHQls9g/DMGMjwSTA":"NXieYGP6slhiPJyIEeUSBwSB4kFLhVAgob+mJooOjdeooYcxuf3Tc4pJ+qDDJv19OTefJJiRddCL5AglS+BVCQ"}}}	6	\N	master
@bob:localhost:8741	user_signing	{"user_id":"@bob:localhost:8741","usage":["user_signing"],"keys":{"ed25519:EvGCH5BNx8doTahL3CDP1f3kkJcM0v6QVRFizoGyG1k":"EvGCH5BNx8doTahL3CDP1f3kkJcM0v6QVRFizoGyG1k"},"signatures":{"@bob:localhost:8741":{"ed25519:Oy+v7NS/c2p4HIzNMlLaqFNLiahHQls9g/DMGMjwSTA":"kg6zjvaOTHYwJvMGQiiyJllLyYnNm7YvQYbwYHILb96P0FFXxK6zpzaB45IRZU/YChQ66kdhv9J4DWKSI/drAg"}}}	7	\N	master
@carol:localhost:8742	master	{"user_id":"@carol:localhost:8742","usage":["master"],"keys":{"ed25519:z83m4H188dRwENsE9RD2x6jzimPfuqxMXFLZkvIYOIQ":"z83m4H188dRwENsE9RD2x6jzimPfuqxMXFLZkvIYOIQ"}}	8	\N	master
@carol:localhost:8742	self_signing	{"user_id":"@carol:localhost:8742","usage":["self_signing"],"keys":{"ed25519:RdKAgzvdb8KFOjgH57fDNzwnZ+RnbHTHTRnv1bBPYW0":"RdKAgzvdb8KFOjgH57fDNzwnZ+RnbHTHTRnv1bBPYW0"},"signatures":{"@carol:localhost:8742":{"ed25519:z83m4H188dRwENsE9RD2x6jzimPfuqxMXFLZkvIYOIQ":"g3FOJc5dLKYtBJy4BwRLr27MA2EcEBmLOQmk79a2P5YJW3iFx/GhApKQhLjWOT/+ojyBOZ98jVQAcvKAbgiSCg"}}}	9	\N	master
\.


--
-- Data for Name: e2e_cross_signing_signatures; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_cross_signing_signatures (user_id, key_id, target_user_id, target_device_id, signature) FROM stdin;
@alice:localhost:8741	ed25519:NPzsvn21qF9UBu7rvocN9nVIZ6/b+S3eS660fRK4+Sg	@alice:localhost:8741	ALICE1	ekTCmx3GnDsb7DISzDaU1+vv+GE/lRyoedl02hH2kEAn8Ae4gya0+qfF/JNvgRoecDHTep6j+cVrSU9394p7Bw
@alice:localhost:8741	ed25519:ALICE1	@alice:localhost:8741	K4UwGfCedIU6omnRdr5vx5cFc4U0dz5fiXtLh9ifgiM	F2xnLt4KgzFAwu7KkOFv6BUN/Z6KJecSkicTs71coZQoseQm7g6X3l/w0X9Q7jHIPL2VzevaC2ektHvAV2xjCQ
@bob:localhost:8741	ed25519:JtrtwCmqjCy0CqEJqS8dhzCtjtLLcGqzMEPAWlhssig	@bob:localhost:8741	BOB1	JxGunQtFiSrQz637dMyWCZ7IOqrx79PERZuYiuLnixfCOMWojcEV+IOlSoVKcdYCFRcifYto0fvM3aIMig3eBw
@bob:localhost:8741	ed25519:BOB1	@bob:localhost:8741	Oy+v7NS/c2p4HIzNMlLaqFNLiahHQls9g/DMGMjwSTA	rGGFd1SrsRwAkj1KIFWvFxZGaP539eLp80aos+vPtmwwnbW4LQv2ILtF5ouDPbNyJP/eAh7qjNfYc5bCmRCiBA
@alice:localhost:8741	ed25519:LkW4jWwVtgEK2/vNp4qLB8LcKv1669LZVuol0+5jWrY	@bob:localhost:8741	Oy+v7NS/c2p4HIzNMlLaqFNLiahHQls9g/DMGMjwSTA	1zZDzBUqtE8mXX/+iapQ5mXdidE0PiG1hrCnHmUt/lCerFsdl+rDgsHp8fTS6fLoQqm/dz5w5a7H1FVBCGGDDw
@alice:localhost:8741	ed25519:LkW4jWwVtgEK2/vNp4qLB8LcKv1669LZVuol0+5jWrY	@carol:localhost:8742	z83m4H188dRwENsE9RD2x6jzimPfuqxMXFLZkvIYOIQ	vSGDcDTHmJXIC2PBacvyu1BKO25+R5bf33POf6BziHyb2K/A8AovcAse4fxo02SJCBydrikAx9c4sRFOrHWzAw
\.


--
-- Data for Name: e2e_device_keys_json; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_device_keys_json (user_id, device_id, ts_added_ms, key_json) FROM stdin;
@alice:localhost:8741	ALICE1	1796458953363	{"algorithms":["m.olm.v1.curve25519-aes-sha2","m.megolm.v1.aes-sha2"],"device_id":"ALICE1","keys":{"curve25519:ALICE1":"UdpIT8aJw1uFBG6GdakwxcHTILvCIRjAn6Oh9oo+ATo","ed25519:ALICE1":"e3HLr7kMm9eLz1mFuP1Ag03k/ZVIRTWjyGyKskxJuXg"},"signatures":{"@alice:localhost:8741":{"ed25519:ALICE1":"r5wr1w/uN4MSnYXL835SqAkiouAPkCK2ey5WB5T9+7HW/tfXSNSQ4uifeJHUmZxEPmQ0u2XEbcoF3czpAzAYAw"}},"user_id":"@alice:localhost:8741"}
@alice:localhost:8741	ALICE2	1796458954687	{"algorithms":["m.olm.v1.curve25519-aes-sha2","m.megolm.v1.aes-sha2"],"device_id":"ALICE2","keys":{"curve25519:ALICE2":"RJ7zy9P9FH+Xoz8oQ5PJ4xBSlFDMJiD1UWFv/e14USI","ed25519:ALICE2":"LlPscDVD7pwXTPgjYC4ZPjmf00Fkrq/Y5f84+SSydd0"},"signatures":{"@alice:localhost:8741":{"ed25519:ALICE2":"AGYNERQ/s9l8tuETI0L7dfxFKkE5zcpzK8BULHgWItIORlETjaL8D5GWeju1AENG9F7z3bR7Yrg66gnbxcRPAQ"}},"user_id":"@alice:localhost:8741"}
@bob:localhost:8741	BOB1	1796458957053	{"algorithms":["m.olm.v1.curve25519-aes-sha2","m.megolm.v1.aes-sha2"],"device_id":"BOB1","keys":{"curve25519:BOB1":"IHSeNaCLhvCC3U63oQ++Z/ifv3tQcr9m1wUVEUA+0B4","ed25519:BOB1":"PpoTmTnbiiJZsSEjRLVyMW4TkNDU5xV76Kq0kfKHe/0"},"signatures":{"@bob:localhost:8741":{"ed25519:BOB1":"hm3imAx7bUT6SDl8+x2+dByqUUKuIy6+vCpFx/maMmN7nuM7QMozWNqFWNQzEgY2/0MDaL/slYEPIpPjO5ttAA"}},"user_id":"@bob:localhost:8741"}
@bob:localhost:8741	BOB2	1796458958288	{"algorithms":["m.olm.v1.curve25519-aes-sha2","m.megolm.v1.aes-sha2"],"device_id":"BOB2","keys":{"curve25519:BOB2":"S+ywyM0WzjpD6S0GvEyWb7mDdPvnF3HNKLwHiKv6N0U","ed25519:BOB2":"rDli6bYCsKgmZ+FflGmQ/f0C8TOjSHmseUDeWDH4oQU"},"signatures":{"@bob:localhost:8741":{"ed25519:BOB2":"LFqW0/tjXB8IItCvBf8fI7yQki6niBSBJiTndlc6Wt+fIbITHgk1XwRXWpRtnkv51VMRn6DjXwVE8ORGrV0IDw"}},"user_id":"@bob:localhost:8741"}
\.


--
-- Data for Name: e2e_fallback_keys_json; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_fallback_keys_json (user_id, device_id, algorithm, key_id, key_json, used) FROM stdin;
\.


--
-- Data for Name: e2e_one_time_keys_json; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_one_time_keys_json (user_id, device_id, algorithm, key_id, ts_added_ms, key_json) FROM stdin;
\.


--
-- Data for Name: e2e_room_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_room_keys (user_id, room_id, session_id, version, first_message_index, forwarded_count, is_verified, session_data) FROM stdin;
\.


--
-- Data for Name: e2e_room_keys_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_room_keys_versions (user_id, version, algorithm, auth_data, deleted, etag) FROM stdin;
\.


--
-- Data for Name: erased_users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.erased_users (user_id) FROM stdin;
\.


--
-- Data for Name: event_auth; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_auth (event_id, auth_id, room_id) FROM stdin;
$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	!yMtHFgRgiclvneFbgt:localhost:8741
$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	!yMtHFgRgiclvneFbgt:localhost:8741
$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	!yMtHFgRgiclvneFbgt:localhost:8741
$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	!yMtHFgRgiclvneFbgt:localhost:8741
$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	!yMtHFgRgiclvneFbgt:localhost:8741
$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	!yMtHFgRgiclvneFbgt:localhost:8741
$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	!yMtHFgRgiclvneFbgt:localhost:8741
$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	!yMtHFgRgiclvneFbgt:localhost:8741
$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	!yMtHFgRgiclvneFbgt:localhost:8741
$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	!yMtHFgRgiclvneFbgt:localhost:8741
$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	!yMtHFgRgiclvneFbgt:localhost:8741
$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	!yMtHFgRgiclvneFbgt:localhost:8741
$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	!yMtHFgRgiclvneFbgt:localhost:8741
$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	!yMtHFgRgiclvneFbgt:localhost:8741
$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	!yMtHFgRgiclvneFbgt:localhost:8741
$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	!yMtHFgRgiclvneFbgt:localhost:8741
$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	!yMtHFgRgiclvneFbgt:localhost:8741
$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	!yMtHFgRgiclvneFbgt:localhost:8741
$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	!yMtHFgRgiclvneFbgt:localhost:8741
$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	!yMtHFgRgiclvneFbgt:localhost:8741
$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	!yMtHFgRgiclvneFbgt:localhost:8741
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	!yMtHFgRgiclvneFbgt:localhost:8741
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	!yMtHFgRgiclvneFbgt:localhost:8741
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	!yMtHFgRgiclvneFbgt:localhost:8741
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	!yMtHFgRgiclvneFbgt:localhost:8741
\.


--
-- Data for Name: event_auth_chain_links; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_auth_chain_links (origin_chain_id, origin_sequence_number, target_chain_id, target_sequence_number) FROM stdin;
2	1	1	1
5	1	2	1
4	1	5	1
3	1	5	1
6	1	4	1
7	1	4	1
\.


--
-- Data for Name: event_auth_chain_to_calculate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_auth_chain_to_calculate (event_id, room_id, type, state_key) FROM stdin;
\.


--
-- Data for Name: event_auth_chains; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_auth_chains (event_id, chain_id, sequence_number) FROM stdin;
$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	1	1
$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	2	1
$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	5	1
$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	4	1
$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	3	1
$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	6	1
$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	7	1
$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	6	2
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	7	2
\.


--
-- Data for Name: event_backward_extremities; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_backward_extremities (event_id, room_id) FROM stdin;
\.


--
-- Data for Name: event_edges; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_edges (event_id, prev_event_id, room_id, is_state) FROM stdin;
$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	\N	f
$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	\N	f
$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	\N	f
$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	\N	f
$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	\N	f
$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	\N	f
$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	\N	f
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	\N	f
\.


--
-- Data for Name: event_expiry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_expiry (event_id, expiry_ts) FROM stdin;
\.


--
-- Data for Name: event_failed_pull_attempts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_failed_pull_attempts (room_id, event_id, num_attempts, last_attempt_ts, last_cause) FROM stdin;
\.


--
-- Data for Name: event_forward_extremities; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_forward_extremities (event_id, room_id) FROM stdin;
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	!yMtHFgRgiclvneFbgt:localhost:8741
\.


--
-- Data for Name: event_json; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_json (event_id, room_id, internal_metadata, json, format_version) FROM stdin;
$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	!yMtHFgRgiclvneFbgt:localhost:8741	{"device_id":"ALICE1"}	{"signatures":{"localhost:8741":{"ed25519:a_tqKZ":"gxaxBg+rU1auvS7RHgJtFu6p3ckNOa5GelQ0t3rbwMS0/lAulhDDRH07aEIL3vX7j4VxUI6XOLv2wuAwxcK3CA"}},"unsigned":{"age_ts":1796458962385},"room_id":"!yMtHFgRgiclvneFbgt:localhost:8741","auth_events":[],"prev_events":[],"content":{"room_version":"11"},"depth":1,"hashes":{"sha256":"hX9Fq7iQpZXUSU7dAHBfaSXywAsR2ZkvOIVzW5Ij1ME"},"origin_server_ts":1796458962385,"sender":"@alice:localhost:8741","state_key":"","type":"m.room.create"}	3
$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	!yMtHFgRgiclvneFbgt:localhost:8741	{"device_id":"ALICE1"}	{"signatures":{"localhost:8741":{"ed25519:a_tqKZ":"Zx++Mqa1PnbvKYqLa/bvnmCIkYMTwX9KuxBw+MLQkYzGDF+SfmBiMyQtdMu9X0ZZBaWSsKRlJ8v39QqRiIN3DQ"}},"unsigned":{"age_ts":1796458962576},"room_id":"!yMtHFgRgiclvneFbgt:localhost:8741","auth_events":["$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM"],"prev_events":["$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM"],"content":{"displayname":"alice","membership":"join"},"depth":2,"hashes":{"sha256":"gqWT6mfJCQU+WHdHrqdqOh9UbCSdlyM6NzITujcqUmg"},"origin_server_ts":1796458962576,"sender":"@alice:localhost:8741","state_key":"@alice:localhost:8741","type":"m.room.member"}	3
$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	!yMtHFgRgiclvneFbgt:localhost:8741	{"device_id":"ALICE1"}	{"signatures":{"localhost:8741":{"ed25519:a_tqKZ":"KzvnledZgeQ0++2Sbm7W8z50URfgxO7SxnGCjg/xodqF0Tx5PcS5Os9LRF7q9gEi4bCZviB7rM7fjw4DVw3RBw"}},"unsigned":{"age_ts":1796458962705},"room_id":"!yMtHFgRgiclvneFbgt:localhost:8741","auth_events":["$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw","$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM"],"prev_events":["$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw"],"content":{"ban":50,"events":{"m.call.invite":50,"m.room.avatar":50,"m.room.canonical_alias":50,"m.room.encryption":100,"m.room.history_visibility":100,"m.room.name":50,"m.room.power_levels":100,"m.room.server_acl":100,"m.room.tombstone":100},"events_default":0,"historical":100,"invite":50,"kick":50,"redact":50,"state_default":50,"users":{"@alice:localhost:8741":100},"users_default":0},"depth":3,"hashes":{"sha256":"3x9j+2u/SbhCrCK+bpvnWIMMLivwk9aevWDKyXlnWok"},"origin_server_ts":1796458962705,"sender":"@alice:localhost:8741","state_key":"","type":"m.room.power_levels"}	3
$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	!yMtHFgRgiclvneFbgt:localhost:8741	{"device_id":"ALICE1"}	{"signatures":{"localhost:8741":{"ed25519:a_tqKZ":"aU0EdUuxl6/wBVWLddAyoqZKKuEEdaV+nO9cFSslNkNz7w+XlEtasnO1dR2JlwSXkE9DJuXoGRYm5TdF5T84Bg"}},"unsigned":{"age_ts":1796458962738},"room_id":"!yMtHFgRgiclvneFbgt:localhost:8741","auth_events":["$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg","$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw","$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM"],"prev_events":["$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg"],"content":{"join_rule":"public"},"depth":4,"hashes":{"sha256":"G/tbhjOzkYUxknZjCKvH4ZKCb8mQ0M6pmTTlLdrW1XE"},"origin_server_ts":1796458962738,"sender":"@alice:localhost:8741","state_key":"","type":"m.room.join_rules"}	3
$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	!yMtHFgRgiclvneFbgt:localhost:8741	{"device_id":"ALICE1"}	{"signatures":{"localhost:8741":{"ed25519:a_tqKZ":"oIJ4GlkBdfPQB48HZmt6YuZkpSJJg3lN5PmYNArwYInFKyihs7PbqXRiBbqouAGZH+TjB+ILEAvk1j0ZjUhJDw"}},"unsigned":{"age_ts":1796458962738},"room_id":"!yMtHFgRgiclvneFbgt:localhost:8741","auth_events":["$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg","$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw","$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM"],"prev_events":["$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4"],"content":{"history_visibility":"shared"},"depth":5,"hashes":{"sha256":"dhtGE8CA+a1XGx7byt40wbHIdkz7wxJ1C4V/bdyiGqE"},"origin_server_ts":1796458962738,"sender":"@alice:localhost:8741","state_key":"","type":"m.room.history_visibility"}	3
$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	!yMtHFgRgiclvneFbgt:localhost:8741	{"device_id":"ALICE1"}	{"signatures":{"localhost:8741":{"ed25519:a_tqKZ":"fvtAyGcLCaUfJgadJeAi222nccMIqCB/G1UC00gt4YqFWGnSfZM2GFxC9uk5btX8MU60Xmf3J+YRtZzVCI7kDw"}},"unsigned":{"age_ts":1796458963008,"invite_room_state":[{"content":{"room_version":"11"},"sender":"@alice:localhost:8741","state_key":"","type":"m.room.create"},{"content":{"join_rule":"public"},"sender":"@alice:localhost:8741","state_key":"","type":"m.room.join_rules"},{"content":{"displayname":"alice","membership":"join"},"sender":"@alice:localhost:8741","state_key":"@alice:localhost:8741","type":"m.room.member"}]},"room_id":"!yMtHFgRgiclvneFbgt:localhost:8741","auth_events":["$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM","$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4","$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg","$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw"],"prev_events":["$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8"],"content":{"displayname":"bob","membership":"invite"},"depth":6,"hashes":{"sha256":"zmBaKiG9WjvDAZDVo+A8rfyXTmAPeXK+Lrrs5boiZBg"},"origin_server_ts":1796458963008,"sender":"@alice:localhost:8741","state_key":"@bob:localhost:8741","type":"m.room.member"}	3
$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	!yMtHFgRgiclvneFbgt:localhost:8741	{"device_id":"ALICE1"}	{"signatures":{"localhost:8741":{"ed25519:a_tqKZ":"06a8Qk2rOOqinz7FaUni+7Jdb1tnapYvLPwOH8ARRwMjCi8IMBHMu/FsBRYAjC9HmFS5WjLS1xwLJaB8pgYzBQ"},"localhost:8742":{"ed25519:a_icwC":"kIvChNf3V1HxStsBBR7gT8uxO4v1VQZoPsYFgFnMceKem6N65LWkZ3n6EcVF63mSLHLzl59IHinUJi/L2OysCg"}},"unsigned":{"age_ts":1796458963424,"invite_room_state":[{"content":{"room_version":"11"},"sender":"@alice:localhost:8741","state_key":"","type":"m.room.create"},{"content":{"join_rule":"public"},"sender":"@alice:localhost:8741","state_key":"","type":"m.room.join_rules"},{"content":{"displayname":"alice","membership":"join"},"sender":"@alice:localhost:8741","state_key":"@alice:localhost:8741","type":"m.room.member"}]},"room_id":"!yMtHFgRgiclvneFbgt:localhost:8741","auth_events":["$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM","$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4","$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg","$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw"],"prev_events":["$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY"],"content":{"displayname":"carol","membership":"invite"},"depth":7,"hashes":{"sha256":"d6pco85Grs9sPkVKopF2UONGBDXOI4c6bCKEjRBQxIk"},"origin_server_ts":1796458963424,"sender":"@alice:localhost:8741","state_key":"@carol:localhost:8742","type":"m.room.member"}	3
$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	!yMtHFgRgiclvneFbgt:localhost:8741	{"device_id":"BOB1"}	{"signatures":{"localhost:8741":{"ed25519:a_tqKZ":"nIcDjGTph1Om+Vr+FJAgz91om0T4n6yh3ECMrY4z3CY8ZnqAMClfvqf9JmE2HbhQFiUH7joj8mlrXa/ho28QBQ"}},"unsigned":{"age_ts":1796458964123,"replaces_state":"$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY"},"room_id":"!yMtHFgRgiclvneFbgt:localhost:8741","auth_events":["$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4","$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg","$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY","$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM"],"prev_events":["$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw"],"content":{"displayname":"bob","membership":"join"},"depth":8,"hashes":{"sha256":"brJgjxlxErE5bSPd2JoxWrUrHOH7yyYYpid5YYK8AXs"},"origin_server_ts":1796458964123,"sender":"@bob:localhost:8741","state_key":"@bob:localhost:8741","type":"m.room.member"}	3
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	!yMtHFgRgiclvneFbgt:localhost:8741	{"send_on_behalf_of":"localhost:8742"}	{"signatures":{"localhost:8742":{"ed25519:a_icwC":"9DAf8m7a96aVu8BpexvYISYU1QGLHzBjy/KuBqwdkg7ks6Fp3Annx4jaRPgrq4Pex87EYjWaQpAje+bcvRTHBA"}},"unsigned":{"replaces_state":"$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw"},"room_id":"!yMtHFgRgiclvneFbgt:localhost:8741","auth_events":["$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4","$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw","$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg","$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM"],"prev_events":["$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4"],"content":{"avatar_url":null,"displayname":"carol","membership":"join"},"depth":9,"hashes":{"sha256":"zRCJAFm6tYAgsqEF9SvY5+P/TckQjfSAgujOjZuoOpI"},"origin_server_ts":1796458964419,"sender":"@carol:localhost:8742","state_key":"@carol:localhost:8742","type":"m.room.member"}	3
\.


--
-- Data for Name: event_labels; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_labels (event_id, label, room_id, topological_ordering) FROM stdin;
\.


--
-- Data for Name: event_push_actions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_push_actions (room_id, event_id, user_id, profile_tag, actions, topological_ordering, stream_ordering, notif, highlight, unread, thread_id) FROM stdin;
!yMtHFgRgiclvneFbgt:localhost:8741	$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	@bob:localhost:8741	\N	["notify",{"set_tweak":"highlight","value":false},{"set_tweak":"sound","value":"default"}]	6	7	1	0	0	main
\.


--
-- Data for Name: event_push_actions_staging; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_push_actions_staging (event_id, user_id, actions, notif, highlight, unread, thread_id, inserted_ts) FROM stdin;
\.


--
-- Data for Name: event_push_summary; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_push_summary (user_id, room_id, notif_count, stream_ordering, unread_count, last_receipt_stream_ordering, thread_id) FROM stdin;
@bob:localhost:8741	!yMtHFgRgiclvneFbgt:localhost:8741	1	7	0	\N	main
\.


--
-- Data for Name: event_push_summary_last_receipt_stream_id; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_push_summary_last_receipt_stream_id (lock, stream_id) FROM stdin;
X	1
\.


--
-- Data for Name: event_push_summary_stream_ordering; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_push_summary_stream_ordering (lock, stream_ordering) FROM stdin;
X	10
\.


--
-- Data for Name: event_relations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_relations (event_id, relates_to_id, relation_type, aggregation_key) FROM stdin;
\.


--
-- Data for Name: event_reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_reports (id, received_ts, room_id, event_id, user_id, reason, content) FROM stdin;
\.


--
-- Data for Name: event_search; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_search (event_id, room_id, sender, key, vector, origin_server_ts, stream_ordering) FROM stdin;
\.


--
-- Data for Name: event_to_state_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_to_state_groups (event_id, state_group) FROM stdin;
$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	2
$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	3
$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	4
$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	5
$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	6
$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	7
$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	8
$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	9
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	10
\.


--
-- Data for Name: event_txn_id_device_id; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_txn_id_device_id (event_id, room_id, user_id, device_id, txn_id, inserted_ts) FROM stdin;
\.


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.events (topological_ordering, event_id, type, room_id, content, unrecognized_keys, processed, outlier, depth, origin_server_ts, received_ts, sender, contains_url, instance_name, stream_ordering, state_key, rejection_reason) FROM stdin;
1	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	m.room.create	!yMtHFgRgiclvneFbgt:localhost:8741	\N	\N	t	f	1	1796458962385	1796458962456	@alice:localhost:8741	f	master	2		\N
2	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	m.room.member	!yMtHFgRgiclvneFbgt:localhost:8741	\N	\N	t	f	2	1796458962576	1796458962620	@alice:localhost:8741	f	master	3	@alice:localhost:8741	\N
3	$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	m.room.power_levels	!yMtHFgRgiclvneFbgt:localhost:8741	\N	\N	t	f	3	1796458962705	1796458962833	@alice:localhost:8741	f	master	4		\N
4	$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	m.room.join_rules	!yMtHFgRgiclvneFbgt:localhost:8741	\N	\N	t	f	4	1796458962738	1796458962833	@alice:localhost:8741	f	master	5		\N
5	$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	m.room.history_visibility	!yMtHFgRgiclvneFbgt:localhost:8741	\N	\N	t	f	5	1796458962738	1796458962833	@alice:localhost:8741	f	master	6		\N
6	$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	m.room.member	!yMtHFgRgiclvneFbgt:localhost:8741	\N	\N	t	f	6	1796458963008	1796458963077	@alice:localhost:8741	f	master	7	@bob:localhost:8741	\N
7	$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	m.room.member	!yMtHFgRgiclvneFbgt:localhost:8741	\N	\N	t	f	7	1796458963424	1796458963900	@alice:localhost:8741	f	master	8	@carol:localhost:8742	\N
8	$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	m.room.member	!yMtHFgRgiclvneFbgt:localhost:8741	\N	\N	t	f	8	1796458964123	1796458964224	@bob:localhost:8741	f	master	9	@bob:localhost:8741	\N
9	$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	m.room.member	!yMtHFgRgiclvneFbgt:localhost:8741	\N	\N	t	f	9	1796458964419	1796458964478	@carol:localhost:8742	f	master	10	@carol:localhost:8742	\N
\.


--
-- Data for Name: ex_outlier_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ex_outlier_stream (event_stream_ordering, event_id, state_group, instance_name) FROM stdin;
\.


--
-- Data for Name: federation_inbound_events_staging; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.federation_inbound_events_staging (origin, room_id, event_id, received_ts, event_json, internal_metadata) FROM stdin;
\.


--
-- Data for Name: federation_stream_position; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.federation_stream_position (type, stream_id, instance_name) FROM stdin;
federation	-1	master
events	10	master
\.


--
-- Data for Name: ignored_users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ignored_users (ignorer_user_id, ignored_user_id) FROM stdin;
\.


--
-- Data for Name: instance_map; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.instance_map (instance_id, instance_name) FROM stdin;
\.


--
-- Data for Name: local_current_membership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.local_current_membership (room_id, user_id, event_id, membership, event_stream_ordering) FROM stdin;
!yMtHFgRgiclvneFbgt:localhost:8741	@alice:localhost:8741	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	join	3
!yMtHFgRgiclvneFbgt:localhost:8741	@bob:localhost:8741	$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	join	9
\.


--
-- Data for Name: local_media_repository; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.local_media_repository (media_id, media_type, media_length, created_ts, upload_name, user_id, quarantined_by, url_cache, last_access_ts, safe_from_quarantine, authenticated, sha256) FROM stdin;
\.


--
-- Data for Name: local_media_repository_thumbnails; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.local_media_repository_thumbnails (media_id, thumbnail_width, thumbnail_height, thumbnail_type, thumbnail_method, thumbnail_length) FROM stdin;
\.


--
-- Data for Name: local_media_repository_url_cache; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.local_media_repository_url_cache (url, response_code, etag, expires_ts, og, media_id, download_ts) FROM stdin;
\.


--
-- Data for Name: login_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_tokens (token, user_id, expiry_ts, used_ts, auth_provider_id, auth_provider_session_id) FROM stdin;
\.


--
-- Data for Name: monthly_active_users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.monthly_active_users (user_id, "timestamp") FROM stdin;
\.


--
-- Data for Name: msc4242_state_dag_edges; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.msc4242_state_dag_edges (room_id, event_id, prev_state_event_id) FROM stdin;
\.


--
-- Data for Name: msc4242_state_dag_forward_extremities; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.msc4242_state_dag_forward_extremities (room_id, event_id) FROM stdin;
\.


--
-- Data for Name: open_id_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.open_id_tokens (token, ts_valid_until_ms, user_id) FROM stdin;
\.


--
-- Data for Name: partial_state_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partial_state_events (room_id, event_id) FROM stdin;
\.


--
-- Data for Name: partial_state_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partial_state_rooms (room_id, device_lists_stream_id, join_event_id, joined_via) FROM stdin;
\.


--
-- Data for Name: partial_state_rooms_servers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partial_state_rooms_servers (room_id, server_name) FROM stdin;
\.


--
-- Data for Name: per_user_experimental_features; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.per_user_experimental_features (user_id, feature, enabled) FROM stdin;
\.


--
-- Data for Name: port_from_sqlite3; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.port_from_sqlite3 (table_name, forward_rowid, backward_rowid) FROM stdin;
receipts_linearized	1	0
sliding_sync_connection_positions	1	0
device_lists_remote_pending	1	0
sessions	1	0
user_directory_stream_pos	1	0
ratelimit_override	1	0
msc4242_state_dag_forward_extremities	1	0
msc4242_state_dag_edges	1	0
ex_outlier_stream	1	0
event_backward_extremities	1	0
rejections	1	0
e2e_room_keys	1	0
background_updates	1	0
sliding_sync_connection_room_configs	1	0
room_stats_earliest_token	1	0
event_txn_id_device_id	1	0
monthly_active_users	1	0
pusher_throttle	1	0
federation_inbound_events_staging	1	0
sticky_events	1	0
sliding_sync_connection_streams	1	0
profile_updates_per_user	1	0
room_aliases	1	0
room_alias_servers	1	0
device_auth_providers	1	0
state_groups_persisting	1	0
timeline_gaps	1	0
refresh_tokens	1	0
local_media_repository	1	0
pushers	1	0
sliding_sync_connection_lazy_members	1	0
sliding_sync_joined_rooms_to_recalculate	1	0
ui_auth_sessions_ips	1	0
profile_updates	1	0
event_failed_pull_attempts	1	0
room_account_data	1	0
event_expiry	1	0
user_threepid_id_server	1	0
dehydrated_devices	1	0
device_federation_inbox	1	0
users_in_public_rooms	1	0
un_partial_stated_room_stream	1	0
users_who_share_private_rooms	1	0
account_validity	1	0
quarantined_media_changes	1	0
event_relations	1	0
threads	1	0
open_id_tokens	1	0
per_user_experimental_features	1	0
device_lists_outbound_last_success	1	0
users_pending_deactivation	1	0
application_services_state	1	0
room_tags	1	0
partial_state_rooms_servers	1	0
threepid_validation_session	1	0
event_search	1	0
room_tags_revisions	1	0
worker_read_write_locks_mode	1	0
user_directory_stale_remote_users	1	0
ui_auth_sessions_credentials	1	0
threepid_validation_token	1	0
push_rules	1	0
push_rules_stream	1	0
state_groups_pending_deletion	1	0
un_partial_stated_event_stream	1	0
ignored_users	1	0
destinations	1	0
local_media_repository_thumbnails	1	0
device_lists_outbound_pokes	1	0
account_data	1	0
registration_tokens	1	0
deleted_pushers	1	0
thread_subscriptions	1	0
user_external_ids	1	0
device_inbox	1	0
device_lists_remote_resync	1	0
user_threepids	1	0
user_directory	1	0
user_stats_current	3	0
room_stats_current	2	0
user_signature_stream	4	0
room_forgetter_stream_pos	2	0
event_to_state_groups	10	0
federation_stream_position	3	0
appservice_stream_position	2	0
device_lists_remote_extremeties	2	0
devices	13	0
delayed_events_stream_pos	2	0
server_keys_json	2	0
current_state_delta_stream	10	0
scheduled_tasks	2	0
event_push_summary_stream_ordering	2	0
event_push_summary_last_receipt_stream_id	2	0
users	3	0
e2e_device_keys_json	5	0
room_stats_state	2	0
device_lists_changes_in_room_max_pruned_stream_id	2	0
event_auth_chains	10	0
stream_ordering_to_exterm	8	0
schema_compat_version	2	0
event_push_actions	2	0
events	11	0
local_current_membership	3	0
current_state_events	10	0
sliding_sync_joined_rooms	2	0
event_forward_extremities	2	0
event_edges	9	0
access_tokens	7	0
presence_stream	1	0
room_ban_redactions	1	0
applied_module_schemas	1	0
local_media_repository_url_cache	1	0
destination_rooms_sticky_events_backlog	1	0
delayed_events	1	0
worker_locks	1	0
user_reports	1	0
e2e_one_time_keys_json	1	0
device_federation_outbox	1	0
ui_auth_sessions	1	0
event_push_actions_staging	1	0
blocked_rooms	1	0
receipts_graph	1	0
application_services_txns	1	0
event_reports	1	0
worker_read_write_locks	1	0
room_retention	1	0
user_filters	1	0
event_auth_chain_to_calculate	1	0
login_tokens	1	0
erased_users	1	0
appservice_room_list	1	0
remote_media_cache_thumbnails	1	0
sliding_sync_connection_required_state	1	0
redactions	1	0
destination_rooms	1	0
received_transactions	1	0
partial_state_rooms	1	0
state_groups	11	0
state_group_edges	10	0
device_lists_stream	19	0
rooms	2	0
room_depth	2	0
stream_positions	3	0
e2e_cross_signing_keys	9	0
event_json	10	0
e2e_cross_signing_signatures	7	0
device_lists_changes_converted_stream_position	2	0
device_lists_remote_cache	3	0
room_memberships	6	0
e2e_fallback_keys_json	1	0
remote_media_cache	1	0
users_to_send_full_presence_to	1	0
user_daily_visits	1	0
threepid_guest_access_tokens	1	0
user_directory_search	1	0
room_reports	1	0
sliding_sync_connections	1	0
event_labels	1	0
partial_state_events	1	0
e2e_room_keys_versions	1	0
push_rules_enable	1	0
server_signature_keys	2	0
state_groups_state	10	0
device_lists_changes_in_room	5	0
user_ips	5	0
event_auth_chain_links	7	0
profiles	3	0
event_push_summary	2	0
event_auth	26	0
stats_incremental_position	2	0
state_events	10	0
sliding_sync_membership_snapshots	3	0
\.


--
-- Data for Name: presence_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.presence_stream (stream_id, user_id, state, last_active_ts, last_federation_update_ts, last_user_sync_ts, status_msg, currently_active, instance_name) FROM stdin;
\.


--
-- Data for Name: profile_updates; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.profile_updates (stream_id, instance_name, user_id, action, affected_fields, inserted_ts) FROM stdin;
\.


--
-- Data for Name: profile_updates_per_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.profile_updates_per_user (stream_id, user_id, inserted_ts) FROM stdin;
\.


--
-- Data for Name: profiles; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.profiles (user_id, displayname, avatar_url, full_user_id, fields) FROM stdin;
alice	alice	\N	@alice:localhost:8741	\N
bob	bob	\N	@bob:localhost:8741	\N
\.


--
-- Data for Name: push_rules; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.push_rules (id, user_name, rule_id, priority_class, priority, conditions, actions) FROM stdin;
\.


--
-- Data for Name: push_rules_enable; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.push_rules_enable (id, user_name, rule_id, enabled) FROM stdin;
\.


--
-- Data for Name: push_rules_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.push_rules_stream (stream_id, event_stream_ordering, user_id, rule_id, op, priority_class, priority, conditions, actions, instance_name) FROM stdin;
\.


--
-- Data for Name: pusher_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pusher_throttle (pusher, room_id, last_sent_ts, throttle_ms) FROM stdin;
\.


--
-- Data for Name: pushers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pushers (id, user_name, access_token, profile_tag, kind, app_id, app_display_name, device_display_name, pushkey, ts, lang, data, last_stream_ordering, last_success, failing_since, enabled, device_id, instance_name) FROM stdin;
\.


--
-- Data for Name: quarantined_media_changes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.quarantined_media_changes (stream_id, instance_name, origin, media_id, quarantined) FROM stdin;
\.


--
-- Data for Name: ratelimit_override; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ratelimit_override (user_id, messages_per_second, burst_count) FROM stdin;
\.


--
-- Data for Name: receipts_graph; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.receipts_graph (room_id, receipt_type, user_id, event_ids, data, thread_id) FROM stdin;
\.


--
-- Data for Name: receipts_linearized; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.receipts_linearized (stream_id, room_id, receipt_type, user_id, event_id, data, instance_name, event_stream_ordering, thread_id) FROM stdin;
\.


--
-- Data for Name: received_transactions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.received_transactions (transaction_id, origin, ts, response_code, response_json, has_been_referenced) FROM stdin;
\.


--
-- Data for Name: redactions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.redactions (event_id, redacts, have_censored, received_ts, recheck) FROM stdin;
\.


--
-- Data for Name: refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.refresh_tokens (id, user_id, device_id, token, next_token_id, expiry_ts, ultimate_session_expiry_ts) FROM stdin;
\.


--
-- Data for Name: registration_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.registration_tokens (token, uses_allowed, pending, completed, expiry_time) FROM stdin;
\.


--
-- Data for Name: rejections; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rejections (event_id, reason, last_check) FROM stdin;
\.


--
-- Data for Name: remote_media_cache; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.remote_media_cache (media_origin, media_id, media_type, created_ts, upload_name, media_length, filesystem_id, last_access_ts, quarantined_by, authenticated, sha256) FROM stdin;
\.


--
-- Data for Name: remote_media_cache_thumbnails; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.remote_media_cache_thumbnails (media_origin, media_id, thumbnail_width, thumbnail_height, thumbnail_method, thumbnail_type, thumbnail_length, filesystem_id) FROM stdin;
\.


--
-- Data for Name: room_account_data; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_account_data (user_id, room_id, account_data_type, stream_id, content, instance_name) FROM stdin;
\.


--
-- Data for Name: room_alias_servers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_alias_servers (room_alias, server) FROM stdin;
\.


--
-- Data for Name: room_aliases; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_aliases (room_alias, room_id, creator) FROM stdin;
\.


--
-- Data for Name: room_ban_redactions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_ban_redactions (room_id, user_id, redacting_event_id, redact_end_ordering) FROM stdin;
\.


--
-- Data for Name: room_depth; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_depth (room_id, min_depth) FROM stdin;
!yMtHFgRgiclvneFbgt:localhost:8741	1
\.


--
-- Data for Name: room_forgetter_stream_pos; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_forgetter_stream_pos (lock, stream_id) FROM stdin;
X	10
\.


--
-- Data for Name: room_memberships; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_memberships (event_id, user_id, sender, room_id, membership, forgotten, display_name, avatar_url, event_stream_ordering, participant) FROM stdin;
$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	@alice:localhost:8741	@alice:localhost:8741	!yMtHFgRgiclvneFbgt:localhost:8741	join	0	alice	\N	3	f
$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	@bob:localhost:8741	@alice:localhost:8741	!yMtHFgRgiclvneFbgt:localhost:8741	invite	0	bob	\N	7	f
$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	@carol:localhost:8742	@alice:localhost:8741	!yMtHFgRgiclvneFbgt:localhost:8741	invite	0	carol	\N	8	f
$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	@bob:localhost:8741	@bob:localhost:8741	!yMtHFgRgiclvneFbgt:localhost:8741	join	0	bob	\N	9	f
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	@carol:localhost:8742	@carol:localhost:8742	!yMtHFgRgiclvneFbgt:localhost:8741	join	0	carol	\N	10	f
\.


--
-- Data for Name: room_reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_reports (id, received_ts, room_id, user_id, reason) FROM stdin;
\.


--
-- Data for Name: room_retention; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_retention (room_id, event_id, min_lifetime, max_lifetime) FROM stdin;
\.


--
-- Data for Name: room_stats_current; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_stats_current (room_id, current_state_events, joined_members, invited_members, left_members, banned_members, local_users_in_room, completed_delta_stream_id, knocked_members) FROM stdin;
!yMtHFgRgiclvneFbgt:localhost:8741	7	3	0	0	0	2	10	0
\.


--
-- Data for Name: room_stats_earliest_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_stats_earliest_token (room_id, token) FROM stdin;
\.


--
-- Data for Name: room_stats_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_stats_state (room_id, name, canonical_alias, join_rules, history_visibility, encryption, avatar, guest_access, is_federatable, topic, room_type) FROM stdin;
!yMtHFgRgiclvneFbgt:localhost:8741	\N	\N	public	shared	\N	\N	\N	t	\N	\N
\.


--
-- Data for Name: room_tags; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_tags (user_id, room_id, tag, content) FROM stdin;
\.


--
-- Data for Name: room_tags_revisions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_tags_revisions (user_id, room_id, stream_id, instance_name) FROM stdin;
\.


--
-- Data for Name: rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rooms (room_id, is_public, creator, room_version, has_auth_chain_index) FROM stdin;
!yMtHFgRgiclvneFbgt:localhost:8741	f	@alice:localhost:8741	11	t
\.


--
-- Data for Name: scheduled_tasks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.scheduled_tasks (id, action, status, "timestamp", resource_id, params, result, error) FROM stdin;
delete_old_otks_task	delete_old_otks	complete	1796459010109	\N	\N	\N	\N
\.


--
-- Data for Name: schema_compat_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_compat_version (lock, compat_version) FROM stdin;
X	84
\.


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_version (lock, version, upgraded) FROM stdin;
X	94	t
\.


--
-- Data for Name: server_keys_json; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.server_keys_json (server_name, key_id, from_server, ts_added_ms, ts_valid_until_ms, key_json) FROM stdin;
localhost:8742	ed25519:a_icwC	localhost:8742	1796458964389	1796545349747	\\x7b226f6c645f7665726966795f6b657973223a7b7d2c227365727665725f6e616d65223a226c6f63616c686f73743a38373432222c227369676e617475726573223a7b226c6f63616c686f73743a38373432223a7b22656432353531393a615f69637743223a2233753351776c5967474f6e31664b713565583152774b76525452486a3973534f666771544a50362b5a6f52726d6453686347513744724253426b7a4352424176594f334a5536336e77792f316a524e7446682b4c4277227d7d2c2276616c69645f756e74696c5f7473223a313739363534353334393734372c227665726966795f6b657973223a7b22656432353531393a615f69637743223a7b226b6579223a22576b3850335a32523274726b43387a4f516a44617032417863317349326d425a6e7a7238774f3136496c4d227d7d7d
\.


--
-- Data for Name: server_signature_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.server_signature_keys (server_name, key_id, from_server, ts_added_ms, verify_key, ts_valid_until_ms) FROM stdin;
localhost:8742	ed25519:a_icwC	localhost:8742	1796458964389	\\x5a4f0fdd9d91dadae40bccce4230daa76031735b08da60599f3afcc0ed7a2253	1796545349747
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sessions (session_type, session_id, value, expiry_time_ms) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connection_lazy_members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connection_lazy_members (connection_key, connection_position, room_id, user_id, last_seen_ts) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connection_positions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connection_positions (connection_position, connection_key, created_ts) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connection_required_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connection_required_state (required_state_id, connection_key, required_state) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connection_room_configs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connection_room_configs (connection_position, room_id, timeline_limit, required_state_id) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connection_streams; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connection_streams (connection_position, stream, room_id, room_status, last_token) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connections; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connections (connection_key, user_id, effective_device_id, conn_id, created_ts, last_used_ts) FROM stdin;
\.


--
-- Data for Name: sliding_sync_joined_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_joined_rooms (room_id, event_stream_ordering, bump_stamp, room_type, room_name, is_encrypted, tombstone_successor_room_id) FROM stdin;
!yMtHFgRgiclvneFbgt:localhost:8741	10	2	\N	\N	f	\N
\.


--
-- Data for Name: sliding_sync_joined_rooms_to_recalculate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_joined_rooms_to_recalculate (room_id) FROM stdin;
\.


--
-- Data for Name: sliding_sync_membership_snapshots; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_membership_snapshots (room_id, user_id, sender, membership_event_id, membership, forgotten, event_stream_ordering, event_instance_name, has_known_state, room_type, room_name, is_encrypted, tombstone_successor_room_id) FROM stdin;
!yMtHFgRgiclvneFbgt:localhost:8741	@alice:localhost:8741	@alice:localhost:8741	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	join	0	3	master	t	\N	\N	f	\N
!yMtHFgRgiclvneFbgt:localhost:8741	@bob:localhost:8741	@bob:localhost:8741	$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	join	0	9	master	t	\N	\N	f	\N
\.


--
-- Data for Name: state_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_events (event_id, room_id, type, state_key, prev_state) FROM stdin;
$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.create		\N
$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@alice:localhost:8741	\N
$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.power_levels		\N
$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.join_rules		\N
$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.history_visibility		\N
$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@bob:localhost:8741	\N
$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@carol:localhost:8742	\N
$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@bob:localhost:8741	\N
$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@carol:localhost:8742	\N
\.


--
-- Data for Name: state_group_edges; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_group_edges (state_group, prev_state_group) FROM stdin;
2	1
3	2
4	3
5	4
6	5
7	6
8	7
9	8
10	9
\.


--
-- Data for Name: state_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_groups (id, room_id, event_id) FROM stdin;
1	!yMtHFgRgiclvneFbgt:localhost:8741	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM
2	!yMtHFgRgiclvneFbgt:localhost:8741	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM
3	!yMtHFgRgiclvneFbgt:localhost:8741	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw
4	!yMtHFgRgiclvneFbgt:localhost:8741	$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg
5	!yMtHFgRgiclvneFbgt:localhost:8741	$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4
6	!yMtHFgRgiclvneFbgt:localhost:8741	$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8
7	!yMtHFgRgiclvneFbgt:localhost:8741	$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY
8	!yMtHFgRgiclvneFbgt:localhost:8741	$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw
9	!yMtHFgRgiclvneFbgt:localhost:8741	$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4
10	!yMtHFgRgiclvneFbgt:localhost:8741	$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8
\.


--
-- Data for Name: state_groups_pending_deletion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_groups_pending_deletion (sequence_number, state_group, insertion_ts) FROM stdin;
\.


--
-- Data for Name: state_groups_persisting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_groups_persisting (state_group, instance_name, inserted_ts) FROM stdin;
\.


--
-- Data for Name: state_groups_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_groups_state (state_group, room_id, type, state_key, event_id) FROM stdin;
2	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.create		$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM
3	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@alice:localhost:8741	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw
4	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.power_levels		$oppWjP-5s3uoMPpvvr05jWJXMivi3JfJ8cqblCqvOzg
5	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.join_rules		$5fk3_DyU_p1pTS3n7QRjX1f8NmcuuyJiSjunJDPYbG4
6	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.history_visibility		$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8
7	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@bob:localhost:8741	$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY
8	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@carol:localhost:8742	$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw
9	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@bob:localhost:8741	$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4
10	!yMtHFgRgiclvneFbgt:localhost:8741	m.room.member	@carol:localhost:8742	$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8
\.


--
-- Data for Name: stats_incremental_position; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_incremental_position (lock, stream_id) FROM stdin;
X	10
\.


--
-- Data for Name: sticky_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sticky_events (stream_id, instance_name, event_id, room_id, event_stream_ordering, sender, expires_at) FROM stdin;
\.


--
-- Data for Name: stream_ordering_to_exterm; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stream_ordering_to_exterm (stream_ordering, room_id, event_id) FROM stdin;
2	!yMtHFgRgiclvneFbgt:localhost:8741	$eR1zKClZlC4SkX6o_pfYzuGSvNvCY2jjjLaBmfy34eM
3	!yMtHFgRgiclvneFbgt:localhost:8741	$Z-Y_dJ1Mvd2VehLrtOQbACN23DB2k5-4LRSXv7bxGBw
6	!yMtHFgRgiclvneFbgt:localhost:8741	$VMwU7eqt4svs3qaQfEZcxyAu3VKxQyWDM18d9cgdCc8
7	!yMtHFgRgiclvneFbgt:localhost:8741	$viKrErt5BVIwEQ9BqNercIIrpF0lHCXt0fEFSHMjMbY
8	!yMtHFgRgiclvneFbgt:localhost:8741	$z2Rfu-cFMFYTuhnB0YfYe4SBc6UDB47r5_fGL1LcRxw
9	!yMtHFgRgiclvneFbgt:localhost:8741	$1PU35vuLbFugilhikxkx3gLvmMYI-QDd7RmUIluKSA4
10	!yMtHFgRgiclvneFbgt:localhost:8741	$vwlBrpQlDvmePALrc0bfejAhNpJ1C5P0Vuc9-ELBMo8
\.


--
-- Data for Name: stream_positions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stream_positions (stream_name, instance_name, stream_id) FROM stdin;
device_lists_stream	master	26
events	master	10
\.


--
-- Data for Name: thread_subscriptions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.thread_subscriptions (stream_id, instance_name, room_id, event_id, user_id, subscribed, automatic, unsubscribed_at_stream_ordering, unsubscribed_at_topological_ordering) FROM stdin;
\.


--
-- Data for Name: threads; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.threads (room_id, thread_id, latest_event_id, topological_ordering, stream_ordering) FROM stdin;
\.


--
-- Data for Name: threepid_guest_access_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.threepid_guest_access_tokens (medium, address, guest_access_token, first_inviter) FROM stdin;
\.


--
-- Data for Name: threepid_validation_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.threepid_validation_session (session_id, medium, address, client_secret, last_send_attempt, validated_at) FROM stdin;
\.


--
-- Data for Name: threepid_validation_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.threepid_validation_token (token, session_id, next_link, expires) FROM stdin;
\.


--
-- Data for Name: timeline_gaps; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.timeline_gaps (room_id, instance_name, stream_ordering) FROM stdin;
\.


--
-- Data for Name: ui_auth_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ui_auth_sessions (session_id, creation_time, serverdict, clientdict, uri, method, description) FROM stdin;
\.


--
-- Data for Name: ui_auth_sessions_credentials; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ui_auth_sessions_credentials (session_id, stage_type, result) FROM stdin;
\.


--
-- Data for Name: ui_auth_sessions_ips; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ui_auth_sessions_ips (session_id, ip, user_agent) FROM stdin;
\.


--
-- Data for Name: un_partial_stated_event_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.un_partial_stated_event_stream (stream_id, instance_name, event_id, rejection_status_changed) FROM stdin;
\.


--
-- Data for Name: un_partial_stated_room_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.un_partial_stated_room_stream (stream_id, instance_name, room_id) FROM stdin;
\.


--
-- Data for Name: user_daily_visits; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_daily_visits (user_id, device_id, "timestamp", user_agent) FROM stdin;
\.


--
-- Data for Name: user_directory; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_directory (user_id, room_id, display_name, avatar_url) FROM stdin;
\.


--
-- Data for Name: user_directory_search; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_directory_search (user_id, vector) FROM stdin;
\.


--
-- Data for Name: user_directory_stale_remote_users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_directory_stale_remote_users (user_id, user_server_name, next_try_at_ts, retry_counter) FROM stdin;
\.


--
-- Data for Name: user_directory_stream_pos; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_directory_stream_pos (lock, stream_id) FROM stdin;
X	\N
\.


--
-- Data for Name: user_external_ids; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_external_ids (auth_provider, external_id, user_id) FROM stdin;
\.


--
-- Data for Name: user_filters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_filters (user_id, filter_id, filter_json, full_user_id) FROM stdin;
\.


--
-- Data for Name: user_ips; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_ips (user_id, access_token, device_id, ip, user_agent, last_seen) FROM stdin;
@alice:localhost:8741	syt_YWxpY2U_ecdVOzlUQaaJoBsoXPYB_1rN2Hy	ALICE1	127.0.0.1	Python-urllib/3.11	1796458953362
@alice:localhost:8741	syt_YWxpY2U_lyKAxwUmuzuxGoXFyUOo_0Xl7sf	ALICE2	127.0.0.1	Python-urllib/3.11	1796458954687
@bob:localhost:8741	syt_Ym9i_KbTyDlOCUyudLDjjDpyP_0smGYs	BOB1	127.0.0.1	Python-urllib/3.11	1796458957053
@bob:localhost:8741	syt_Ym9i_RgTVJwlsDVgJxKpWSYAF_0Dkfuj	BOB2	127.0.0.1	Python-urllib/3.11	1796458958288
\.


--
-- Data for Name: user_reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_reports (id, received_ts, target_user_id, user_id, reason) FROM stdin;
\.


--
-- Data for Name: user_signature_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_signature_stream (stream_id, from_user_id, user_ids, instance_name) FROM stdin;
7	@alice:localhost:8741	["@alice:localhost:8741"]	master
17	@bob:localhost:8741	["@bob:localhost:8741"]	master
26	@alice:localhost:8741	["@bob:localhost:8741","@carol:localhost:8742"]	master
\.


--
-- Data for Name: user_stats_current; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_stats_current (user_id, joined_rooms, completed_delta_stream_id) FROM stdin;
@alice:localhost:8741	1	3
@bob:localhost:8741	1	9
\.


--
-- Data for Name: user_threepid_id_server; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_threepid_id_server (user_id, medium, address, id_server) FROM stdin;
\.


--
-- Data for Name: user_threepids; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_threepids (user_id, medium, address, validated_at, added_at) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (name, password_hash, creation_ts, admin, upgrade_ts, is_guest, appservice_id, consent_version, consent_server_notice_sent, user_type, deactivated, shadow_banned, consent_ts, approved, locked, suspended) FROM stdin;
@alice:localhost:8741	$2b$12$GRch37vnkXgxjS8RMta5GuZ54pRN1/SPB9pbqSED17PWCvOOLybY.	1796458951	0	\N	0	\N	\N	\N	\N	0	f	\N	t	f	f
@bob:localhost:8741	$2b$12$xBqWba.anZ0KvmNijL6CB.7t6Froht6Kw/7bp7lsV1cIdgnSsWuiS	1796458955	0	\N	0	\N	\N	\N	\N	0	f	\N	t	f	f
\.


--
-- Data for Name: users_in_public_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users_in_public_rooms (user_id, room_id) FROM stdin;
\.


--
-- Data for Name: users_pending_deactivation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users_pending_deactivation (user_id) FROM stdin;
\.


--
-- Data for Name: users_to_send_full_presence_to; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users_to_send_full_presence_to (user_id, presence_stream_id) FROM stdin;
\.


--
-- Data for Name: users_who_share_private_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users_who_share_private_rooms (user_id, other_user_id, room_id) FROM stdin;
\.


--
-- Data for Name: worker_locks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.worker_locks (lock_name, lock_key, instance_name, token, last_renewed_ts) FROM stdin;
\.


--
-- Data for Name: worker_read_write_locks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.worker_read_write_locks (lock_name, lock_key, instance_name, write_lock, token, last_renewed_ts) FROM stdin;
\.


--
-- Data for Name: worker_read_write_locks_mode; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.worker_read_write_locks_mode (lock_name, lock_key, write_lock, token) FROM stdin;
\.


--
-- Name: account_data_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.account_data_sequence', 2, false);


--
-- Name: application_services_txn_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.application_services_txn_id_seq', 2, false);


--
-- Name: cache_invalidation_stream_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.cache_invalidation_stream_seq', 1, true);


--
-- Name: device_inbox_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.device_inbox_sequence', 2, false);


--
-- Name: device_lists_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.device_lists_sequence', 27, false);


--
-- Name: e2e_cross_signing_keys_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.e2e_cross_signing_keys_sequence', 10, false);


--
-- Name: event_auth_chain_id; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.event_auth_chain_id', 8, false);


--
-- Name: events_backfill_stream_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_backfill_stream_seq', 2, false);


--
-- Name: events_stream_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_stream_seq', 11, false);


--
-- Name: instance_map_instance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.instance_map_instance_id_seq', 1, false);


--
-- Name: presence_stream_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.presence_stream_sequence', 2, false);


--
-- Name: profile_updates_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.profile_updates_sequence', 2, false);


--
-- Name: push_rules_stream_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.push_rules_stream_sequence', 2, false);


--
-- Name: pushers_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.pushers_sequence', 2, false);


--
-- Name: quarantined_media_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.quarantined_media_id_seq', 2, false);


--
-- Name: receipts_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.receipts_sequence', 2, false);


--
-- Name: sliding_sync_connection_positions_connection_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sliding_sync_connection_positions_connection_position_seq', 1, false);


--
-- Name: sliding_sync_connection_required_state_required_state_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sliding_sync_connection_required_state_required_state_id_seq', 1, false);


--
-- Name: sliding_sync_connections_connection_key_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sliding_sync_connections_connection_key_seq', 1, false);


--
-- Name: state_group_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.state_group_id_seq', 11, false);


--
-- Name: state_groups_pending_deletion_sequence_number_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.state_groups_pending_deletion_sequence_number_seq', 1, false);


--
-- Name: sticky_events_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sticky_events_sequence', 1, true);


--
-- Name: thread_subscriptions_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.thread_subscriptions_sequence', 2, true);


--
-- Name: un_partial_stated_event_stream_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.un_partial_stated_event_stream_sequence', 2, false);


--
-- Name: un_partial_stated_room_stream_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.un_partial_stated_room_stream_sequence', 1, true);


--
-- Name: user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.user_id_seq', 1, false);


--
-- Name: access_tokens access_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_tokens
    ADD CONSTRAINT access_tokens_pkey PRIMARY KEY (id);


--
-- Name: access_tokens access_tokens_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_tokens
    ADD CONSTRAINT access_tokens_token_key UNIQUE (token);


--
-- Name: account_data account_data_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_data
    ADD CONSTRAINT account_data_uniqueness UNIQUE (user_id, account_data_type);


--
-- Name: account_validity account_validity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_validity
    ADD CONSTRAINT account_validity_pkey PRIMARY KEY (user_id);


--
-- Name: application_services_state application_services_state_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_services_state
    ADD CONSTRAINT application_services_state_pkey PRIMARY KEY (as_id);


--
-- Name: application_services_txns application_services_txns_as_id_txn_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_services_txns
    ADD CONSTRAINT application_services_txns_as_id_txn_id_key UNIQUE (as_id, txn_id);


--
-- Name: applied_module_schemas applied_module_schemas_module_name_file_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.applied_module_schemas
    ADD CONSTRAINT applied_module_schemas_module_name_file_key UNIQUE (module_name, file);


--
-- Name: applied_schema_deltas applied_schema_deltas_version_file_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.applied_schema_deltas
    ADD CONSTRAINT applied_schema_deltas_version_file_key UNIQUE (version, file);


--
-- Name: appservice_stream_position appservice_stream_position_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appservice_stream_position
    ADD CONSTRAINT appservice_stream_position_lock_key UNIQUE (lock);


--
-- Name: background_updates background_updates_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.background_updates
    ADD CONSTRAINT background_updates_uniqueness UNIQUE (update_name);


--
-- Name: current_state_events current_state_events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_state_events
    ADD CONSTRAINT current_state_events_event_id_key UNIQUE (event_id);


--
-- Name: current_state_events current_state_events_room_id_type_state_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_state_events
    ADD CONSTRAINT current_state_events_room_id_type_state_key_key UNIQUE (room_id, type, state_key);


--
-- Name: dehydrated_devices dehydrated_devices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dehydrated_devices
    ADD CONSTRAINT dehydrated_devices_pkey PRIMARY KEY (user_id);


--
-- Name: delayed_events delayed_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delayed_events
    ADD CONSTRAINT delayed_events_pkey PRIMARY KEY (user_localpart, delay_id);


--
-- Name: delayed_events_stream_pos delayed_events_stream_pos_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delayed_events_stream_pos
    ADD CONSTRAINT delayed_events_stream_pos_lock_key UNIQUE (lock);


--
-- Name: destination_rooms destination_rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destination_rooms
    ADD CONSTRAINT destination_rooms_pkey PRIMARY KEY (destination, room_id);


--
-- Name: destination_rooms_sticky_events_backlog destination_rooms_sticky_events_backlog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destination_rooms_sticky_events_backlog
    ADD CONSTRAINT destination_rooms_sticky_events_backlog_pkey PRIMARY KEY (destination, room_id);


--
-- Name: destinations destinations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destinations
    ADD CONSTRAINT destinations_pkey PRIMARY KEY (destination);


--
-- Name: device_lists_changes_converted_stream_position device_lists_changes_converted_stream_position_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_lists_changes_converted_stream_position
    ADD CONSTRAINT device_lists_changes_converted_stream_position_lock_key UNIQUE (lock);


--
-- Name: device_lists_changes_in_room_max_pruned_stream_id device_lists_changes_in_room_max_pruned_stream_id_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_lists_changes_in_room_max_pruned_stream_id
    ADD CONSTRAINT device_lists_changes_in_room_max_pruned_stream_id_lock_key UNIQUE (lock);


--
-- Name: device_lists_remote_pending device_lists_remote_pending_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_lists_remote_pending
    ADD CONSTRAINT device_lists_remote_pending_pkey PRIMARY KEY (stream_id);


--
-- Name: devices device_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.devices
    ADD CONSTRAINT device_uniqueness UNIQUE (user_id, device_id);


--
-- Name: e2e_device_keys_json e2e_device_keys_json_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.e2e_device_keys_json
    ADD CONSTRAINT e2e_device_keys_json_uniqueness UNIQUE (user_id, device_id);


--
-- Name: e2e_fallback_keys_json e2e_fallback_keys_json_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.e2e_fallback_keys_json
    ADD CONSTRAINT e2e_fallback_keys_json_uniqueness UNIQUE (user_id, device_id, algorithm);


--
-- Name: e2e_one_time_keys_json e2e_one_time_keys_json_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.e2e_one_time_keys_json
    ADD CONSTRAINT e2e_one_time_keys_json_uniqueness UNIQUE (user_id, device_id, algorithm, key_id);


--
-- Name: event_auth_chain_to_calculate event_auth_chain_to_calculate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_auth_chain_to_calculate
    ADD CONSTRAINT event_auth_chain_to_calculate_pkey PRIMARY KEY (event_id);


--
-- Name: event_auth_chains event_auth_chains_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_auth_chains
    ADD CONSTRAINT event_auth_chains_pkey PRIMARY KEY (event_id);


--
-- Name: event_backward_extremities event_backward_extremities_event_id_room_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_backward_extremities
    ADD CONSTRAINT event_backward_extremities_event_id_room_id_key UNIQUE (event_id, room_id);


--
-- Name: event_expiry event_expiry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_expiry
    ADD CONSTRAINT event_expiry_pkey PRIMARY KEY (event_id);


--
-- Name: event_failed_pull_attempts event_failed_pull_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_failed_pull_attempts
    ADD CONSTRAINT event_failed_pull_attempts_pkey PRIMARY KEY (room_id, event_id);


--
-- Name: event_forward_extremities event_forward_extremities_event_id_room_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_forward_extremities
    ADD CONSTRAINT event_forward_extremities_event_id_room_id_key UNIQUE (event_id, room_id);


--
-- Name: event_push_actions event_id_user_id_profile_tag_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_push_actions
    ADD CONSTRAINT event_id_user_id_profile_tag_uniqueness UNIQUE (room_id, event_id, user_id, profile_tag);


--
-- Name: event_json event_json_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_json
    ADD CONSTRAINT event_json_event_id_key UNIQUE (event_id);


--
-- Name: event_labels event_labels_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_labels
    ADD CONSTRAINT event_labels_pkey PRIMARY KEY (event_id, label);


--
-- Name: event_push_summary_last_receipt_stream_id event_push_summary_last_receipt_stream_id_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_push_summary_last_receipt_stream_id
    ADD CONSTRAINT event_push_summary_last_receipt_stream_id_lock_key UNIQUE (lock);


--
-- Name: event_push_summary_stream_ordering event_push_summary_stream_ordering_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_push_summary_stream_ordering
    ADD CONSTRAINT event_push_summary_stream_ordering_lock_key UNIQUE (lock);


--
-- Name: event_reports event_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_reports
    ADD CONSTRAINT event_reports_pkey PRIMARY KEY (id);


--
-- Name: event_to_state_groups event_to_state_groups_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_to_state_groups
    ADD CONSTRAINT event_to_state_groups_event_id_key UNIQUE (event_id);


--
-- Name: events events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_event_id_key UNIQUE (event_id);


--
-- Name: ex_outlier_stream ex_outlier_stream_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ex_outlier_stream
    ADD CONSTRAINT ex_outlier_stream_pkey PRIMARY KEY (event_stream_ordering);


--
-- Name: instance_map instance_map_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance_map
    ADD CONSTRAINT instance_map_pkey PRIMARY KEY (instance_id);


--
-- Name: local_media_repository local_media_repository_media_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.local_media_repository
    ADD CONSTRAINT local_media_repository_media_id_key UNIQUE (media_id);


--
-- Name: login_tokens login_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_tokens
    ADD CONSTRAINT login_tokens_pkey PRIMARY KEY (token);


--
-- Name: user_threepids medium_address; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_threepids
    ADD CONSTRAINT medium_address UNIQUE (medium, address);


--
-- Name: msc4242_state_dag_forward_extremities msc4242_state_dag_forward_extremities_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_forward_extremities
    ADD CONSTRAINT msc4242_state_dag_forward_extremities_event_id_key UNIQUE (event_id);


--
-- Name: open_id_tokens open_id_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.open_id_tokens
    ADD CONSTRAINT open_id_tokens_pkey PRIMARY KEY (token);


--
-- Name: partial_state_events partial_state_events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_events
    ADD CONSTRAINT partial_state_events_event_id_key UNIQUE (event_id);


--
-- Name: partial_state_rooms partial_state_rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_rooms
    ADD CONSTRAINT partial_state_rooms_pkey PRIMARY KEY (room_id);


--
-- Name: partial_state_rooms_servers partial_state_rooms_servers_room_id_server_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_rooms_servers
    ADD CONSTRAINT partial_state_rooms_servers_room_id_server_name_key UNIQUE (room_id, server_name);


--
-- Name: per_user_experimental_features per_user_experimental_features_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.per_user_experimental_features
    ADD CONSTRAINT per_user_experimental_features_pkey PRIMARY KEY (user_id, feature);


--
-- Name: port_from_sqlite3 port_from_sqlite3_table_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.port_from_sqlite3
    ADD CONSTRAINT port_from_sqlite3_table_name_key UNIQUE (table_name);


--
-- Name: profile_updates_per_user profile_updates_per_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profile_updates_per_user
    ADD CONSTRAINT profile_updates_per_user_pkey PRIMARY KEY (user_id, stream_id);


--
-- Name: profile_updates profile_updates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profile_updates
    ADD CONSTRAINT profile_updates_pkey PRIMARY KEY (stream_id);


--
-- Name: profiles profiles_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT profiles_user_id_key UNIQUE (user_id);


--
-- Name: push_rules_enable push_rules_enable_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_rules_enable
    ADD CONSTRAINT push_rules_enable_pkey PRIMARY KEY (id);


--
-- Name: push_rules_enable push_rules_enable_user_name_rule_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_rules_enable
    ADD CONSTRAINT push_rules_enable_user_name_rule_id_key UNIQUE (user_name, rule_id);


--
-- Name: push_rules push_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_rules
    ADD CONSTRAINT push_rules_pkey PRIMARY KEY (id);


--
-- Name: push_rules push_rules_user_name_rule_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_rules
    ADD CONSTRAINT push_rules_user_name_rule_id_key UNIQUE (user_name, rule_id);


--
-- Name: pusher_throttle pusher_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pusher_throttle
    ADD CONSTRAINT pusher_throttle_pkey PRIMARY KEY (pusher, room_id);


--
-- Name: pushers pushers2_app_id_pushkey_user_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pushers
    ADD CONSTRAINT pushers2_app_id_pushkey_user_name_key UNIQUE (app_id, pushkey, user_name);


--
-- Name: pushers pushers2_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pushers
    ADD CONSTRAINT pushers2_pkey PRIMARY KEY (id);


--
-- Name: quarantined_media_changes quarantined_media_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quarantined_media_changes
    ADD CONSTRAINT quarantined_media_changes_pkey PRIMARY KEY (stream_id);


--
-- Name: receipts_graph receipts_graph_uniqueness_thread; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.receipts_graph
    ADD CONSTRAINT receipts_graph_uniqueness_thread UNIQUE (room_id, receipt_type, user_id, thread_id);


--
-- Name: receipts_linearized receipts_linearized_uniqueness_thread; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.receipts_linearized
    ADD CONSTRAINT receipts_linearized_uniqueness_thread UNIQUE (room_id, receipt_type, user_id, thread_id);


--
-- Name: received_transactions received_transactions_transaction_id_origin_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.received_transactions
    ADD CONSTRAINT received_transactions_transaction_id_origin_key UNIQUE (transaction_id, origin);


--
-- Name: redactions redactions_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.redactions
    ADD CONSTRAINT redactions_event_id_key UNIQUE (event_id);


--
-- Name: refresh_tokens refresh_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refresh_tokens
    ADD CONSTRAINT refresh_tokens_pkey PRIMARY KEY (id);


--
-- Name: refresh_tokens refresh_tokens_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refresh_tokens
    ADD CONSTRAINT refresh_tokens_token_key UNIQUE (token);


--
-- Name: registration_tokens registration_tokens_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration_tokens
    ADD CONSTRAINT registration_tokens_token_key UNIQUE (token);


--
-- Name: rejections rejections_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rejections
    ADD CONSTRAINT rejections_event_id_key UNIQUE (event_id);


--
-- Name: remote_media_cache remote_media_cache_media_origin_media_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_media_cache
    ADD CONSTRAINT remote_media_cache_media_origin_media_id_key UNIQUE (media_origin, media_id);


--
-- Name: room_account_data room_account_data_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_account_data
    ADD CONSTRAINT room_account_data_uniqueness UNIQUE (user_id, room_id, account_data_type);


--
-- Name: room_aliases room_aliases_room_alias_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_aliases
    ADD CONSTRAINT room_aliases_room_alias_key UNIQUE (room_alias);


--
-- Name: room_ban_redactions room_ban_redaction_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_ban_redactions
    ADD CONSTRAINT room_ban_redaction_uniqueness UNIQUE (room_id, user_id);


--
-- Name: room_depth room_depth_room_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_depth
    ADD CONSTRAINT room_depth_room_id_key UNIQUE (room_id);


--
-- Name: room_forgetter_stream_pos room_forgetter_stream_pos_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_forgetter_stream_pos
    ADD CONSTRAINT room_forgetter_stream_pos_lock_key UNIQUE (lock);


--
-- Name: room_memberships room_memberships_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_memberships
    ADD CONSTRAINT room_memberships_event_id_key UNIQUE (event_id);


--
-- Name: room_reports room_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_reports
    ADD CONSTRAINT room_reports_pkey PRIMARY KEY (id);


--
-- Name: room_retention room_retention_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_retention
    ADD CONSTRAINT room_retention_pkey PRIMARY KEY (room_id, event_id);


--
-- Name: room_stats_current room_stats_current_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_stats_current
    ADD CONSTRAINT room_stats_current_pkey PRIMARY KEY (room_id);


--
-- Name: room_tags_revisions room_tag_revisions_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_tags_revisions
    ADD CONSTRAINT room_tag_revisions_uniqueness UNIQUE (user_id, room_id);


--
-- Name: room_tags room_tag_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_tags
    ADD CONSTRAINT room_tag_uniqueness UNIQUE (user_id, room_id, tag);


--
-- Name: rooms rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT rooms_pkey PRIMARY KEY (room_id);


--
-- Name: scheduled_tasks scheduled_tasks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scheduled_tasks
    ADD CONSTRAINT scheduled_tasks_pkey PRIMARY KEY (id);


--
-- Name: schema_compat_version schema_compat_version_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_compat_version
    ADD CONSTRAINT schema_compat_version_lock_key UNIQUE (lock);


--
-- Name: schema_version schema_version_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_lock_key UNIQUE (lock);


--
-- Name: server_keys_json server_keys_json_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.server_keys_json
    ADD CONSTRAINT server_keys_json_uniqueness UNIQUE (server_name, key_id, from_server);


--
-- Name: server_signature_keys server_signature_keys_server_name_key_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.server_signature_keys
    ADD CONSTRAINT server_signature_keys_server_name_key_id_key UNIQUE (server_name, key_id);


--
-- Name: sessions sessions_session_type_session_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_session_type_session_id_key UNIQUE (session_type, session_id);


--
-- Name: sliding_sync_connection_positions sliding_sync_connection_positions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_positions
    ADD CONSTRAINT sliding_sync_connection_positions_pkey PRIMARY KEY (connection_position);


--
-- Name: sliding_sync_connection_required_state sliding_sync_connection_required_state_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_required_state
    ADD CONSTRAINT sliding_sync_connection_required_state_pkey PRIMARY KEY (required_state_id);


--
-- Name: sliding_sync_connections sliding_sync_connections_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connections
    ADD CONSTRAINT sliding_sync_connections_pkey PRIMARY KEY (connection_key);


--
-- Name: sliding_sync_joined_rooms sliding_sync_joined_rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_joined_rooms
    ADD CONSTRAINT sliding_sync_joined_rooms_pkey PRIMARY KEY (room_id);


--
-- Name: sliding_sync_joined_rooms_to_recalculate sliding_sync_joined_rooms_to_recalculate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_joined_rooms_to_recalculate
    ADD CONSTRAINT sliding_sync_joined_rooms_to_recalculate_pkey PRIMARY KEY (room_id);


--
-- Name: sliding_sync_membership_snapshots sliding_sync_membership_snapshots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_membership_snapshots
    ADD CONSTRAINT sliding_sync_membership_snapshots_pkey PRIMARY KEY (room_id, user_id);


--
-- Name: state_events state_events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.state_events
    ADD CONSTRAINT state_events_event_id_key UNIQUE (event_id);


--
-- Name: state_groups_pending_deletion state_groups_pending_deletion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.state_groups_pending_deletion
    ADD CONSTRAINT state_groups_pending_deletion_pkey PRIMARY KEY (sequence_number);


--
-- Name: state_groups_persisting state_groups_persisting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.state_groups_persisting
    ADD CONSTRAINT state_groups_persisting_pkey PRIMARY KEY (state_group, instance_name);


--
-- Name: state_groups state_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.state_groups
    ADD CONSTRAINT state_groups_pkey PRIMARY KEY (id);


--
-- Name: stats_incremental_position stats_incremental_position_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_incremental_position
    ADD CONSTRAINT stats_incremental_position_lock_key UNIQUE (lock);


--
-- Name: sticky_events sticky_events_event_stream_ordering_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sticky_events
    ADD CONSTRAINT sticky_events_event_stream_ordering_key UNIQUE (event_stream_ordering);


--
-- Name: sticky_events sticky_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sticky_events
    ADD CONSTRAINT sticky_events_pkey PRIMARY KEY (stream_id);


--
-- Name: thread_subscriptions thread_subscriptions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.thread_subscriptions
    ADD CONSTRAINT thread_subscriptions_pkey PRIMARY KEY (stream_id);


--
-- Name: thread_subscriptions thread_subscriptions_room_id_event_id_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.thread_subscriptions
    ADD CONSTRAINT thread_subscriptions_room_id_event_id_user_id_key UNIQUE (room_id, event_id, user_id);


--
-- Name: threads threads_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.threads
    ADD CONSTRAINT threads_uniqueness UNIQUE (room_id, thread_id);


--
-- Name: threepid_validation_session threepid_validation_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.threepid_validation_session
    ADD CONSTRAINT threepid_validation_session_pkey PRIMARY KEY (session_id);


--
-- Name: threepid_validation_token threepid_validation_token_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.threepid_validation_token
    ADD CONSTRAINT threepid_validation_token_pkey PRIMARY KEY (token);


--
-- Name: ui_auth_sessions_credentials ui_auth_sessions_credentials_session_id_stage_type_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ui_auth_sessions_credentials
    ADD CONSTRAINT ui_auth_sessions_credentials_session_id_stage_type_key UNIQUE (session_id, stage_type);


--
-- Name: ui_auth_sessions_ips ui_auth_sessions_ips_session_id_ip_user_agent_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ui_auth_sessions_ips
    ADD CONSTRAINT ui_auth_sessions_ips_session_id_ip_user_agent_key UNIQUE (session_id, ip, user_agent);


--
-- Name: ui_auth_sessions ui_auth_sessions_session_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ui_auth_sessions
    ADD CONSTRAINT ui_auth_sessions_session_id_key UNIQUE (session_id);


--
-- Name: un_partial_stated_event_stream un_partial_stated_event_stream_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.un_partial_stated_event_stream
    ADD CONSTRAINT un_partial_stated_event_stream_pkey PRIMARY KEY (stream_id);


--
-- Name: un_partial_stated_room_stream un_partial_stated_room_stream_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.un_partial_stated_room_stream
    ADD CONSTRAINT un_partial_stated_room_stream_pkey PRIMARY KEY (stream_id);


--
-- Name: user_directory_stale_remote_users user_directory_stale_remote_users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_directory_stale_remote_users
    ADD CONSTRAINT user_directory_stale_remote_users_pkey PRIMARY KEY (user_id);


--
-- Name: user_directory_stream_pos user_directory_stream_pos_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_directory_stream_pos
    ADD CONSTRAINT user_directory_stream_pos_lock_key UNIQUE (lock);


--
-- Name: user_external_ids user_external_ids_auth_provider_external_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_external_ids
    ADD CONSTRAINT user_external_ids_auth_provider_external_id_key UNIQUE (auth_provider, external_id);


--
-- Name: user_reports user_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_reports
    ADD CONSTRAINT user_reports_pkey PRIMARY KEY (id);


--
-- Name: user_stats_current user_stats_current_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_stats_current
    ADD CONSTRAINT user_stats_current_pkey PRIMARY KEY (user_id);


--
-- Name: users users_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_name_key UNIQUE (name);


--
-- Name: users_to_send_full_presence_to users_to_send_full_presence_to_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users_to_send_full_presence_to
    ADD CONSTRAINT users_to_send_full_presence_to_pkey PRIMARY KEY (user_id);


--
-- Name: access_tokens_device_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_tokens_device_id ON public.access_tokens USING btree (user_id, device_id);


--
-- Name: access_tokens_refresh_token_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_tokens_refresh_token_id_idx ON public.access_tokens USING btree (refresh_token_id);


--
-- Name: account_data_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_data_stream_id ON public.account_data USING btree (user_id, stream_id);


--
-- Name: application_services_txns_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX application_services_txns_id ON public.application_services_txns USING btree (as_id);


--
-- Name: appservice_room_list_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX appservice_room_list_idx ON public.appservice_room_list USING btree (appservice_id, network_id, room_id);


--
-- Name: blocked_rooms_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX blocked_rooms_idx ON public.blocked_rooms USING btree (room_id);


--
-- Name: cache_invalidation_stream_by_instance_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX cache_invalidation_stream_by_instance_id ON public.cache_invalidation_stream_by_instance USING btree (stream_id);


--
-- Name: cache_invalidation_stream_by_instance_instance_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cache_invalidation_stream_by_instance_instance_index ON public.cache_invalidation_stream_by_instance USING btree (instance_name, stream_id);


--
-- Name: current_state_delta_stream_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_state_delta_stream_idx ON public.current_state_delta_stream USING btree (stream_id);


--
-- Name: current_state_delta_stream_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_state_delta_stream_room_idx ON public.current_state_delta_stream USING btree (room_id, stream_id);


--
-- Name: current_state_events_member_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_state_events_member_index ON public.current_state_events USING btree (state_key) WHERE (type = 'm.room.member'::text);


--
-- Name: current_state_events_members_room_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_state_events_members_room_index ON public.current_state_events USING btree (room_id, membership) WHERE (type = 'm.room.member'::text);


--
-- Name: current_state_events_stream_ordering_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_state_events_stream_ordering_idx ON public.current_state_events USING btree (event_stream_ordering);


--
-- Name: delayed_events_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX delayed_events_idx ON public.delayed_events USING btree (delay_id);


--
-- Name: delayed_events_is_processed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX delayed_events_is_processed ON public.delayed_events USING btree (is_processed);


--
-- Name: delayed_events_room_state_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX delayed_events_room_state_event_idx ON public.delayed_events USING btree (room_id, event_type, state_key) WHERE (state_key IS NOT NULL);


--
-- Name: delayed_events_send_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX delayed_events_send_ts ON public.delayed_events USING btree (send_ts);


--
-- Name: deleted_pushers_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deleted_pushers_stream_id ON public.deleted_pushers USING btree (stream_id);


--
-- Name: destination_rooms_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX destination_rooms_room_id ON public.destination_rooms USING btree (room_id);


--
-- Name: destination_rooms_sticky_events_backlog_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX destination_rooms_sticky_events_backlog_room_id ON public.destination_rooms_sticky_events_backlog USING btree (room_id);


--
-- Name: device_auth_providers_devices; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_auth_providers_devices ON public.device_auth_providers USING btree (user_id, device_id);


--
-- Name: device_auth_providers_sessions; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_auth_providers_sessions ON public.device_auth_providers USING btree (auth_provider_id, auth_provider_session_id);


--
-- Name: device_federation_inbox_received_ts_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_federation_inbox_received_ts_index ON public.device_federation_inbox USING btree (received_ts);


--
-- Name: device_federation_inbox_sender_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_federation_inbox_sender_id ON public.device_federation_inbox USING btree (origin, message_id);


--
-- Name: device_federation_outbox_destination_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_federation_outbox_destination_id ON public.device_federation_outbox USING btree (destination, stream_id);


--
-- Name: device_federation_outbox_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_federation_outbox_id ON public.device_federation_outbox USING btree (stream_id);


--
-- Name: device_inbox_stream_id_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_inbox_stream_id_user_id ON public.device_inbox USING btree (stream_id, user_id);


--
-- Name: device_inbox_user_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_inbox_user_stream_id ON public.device_inbox USING btree (user_id, device_id, stream_id);


--
-- Name: device_lists_changes_in_room_by_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_changes_in_room_by_room_idx ON public.device_lists_changes_in_room USING btree (room_id, stream_id);


--
-- Name: device_lists_changes_in_room_inserted_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_changes_in_room_inserted_ts_idx ON public.device_lists_changes_in_room USING btree (inserted_ts) WHERE (inserted_ts IS NOT NULL);


--
-- Name: device_lists_changes_in_room_unconverted_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_changes_in_room_unconverted_idx ON public.device_lists_changes_in_room USING btree (user_id, device_id, room_id, stream_id) WHERE (NOT converted_to_destinations);


--
-- Name: device_lists_changes_in_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_changes_in_stream_id ON public.device_lists_changes_in_room USING btree (stream_id, room_id);


--
-- Name: device_lists_changes_in_stream_id_unconverted; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_changes_in_stream_id_unconverted ON public.device_lists_changes_in_room USING btree (stream_id) WHERE (NOT converted_to_destinations);


--
-- Name: device_lists_outbound_last_success_unique_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_outbound_last_success_unique_idx ON public.device_lists_outbound_last_success USING btree (destination, user_id);


--
-- Name: device_lists_outbound_pokes_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_outbound_pokes_id ON public.device_lists_outbound_pokes USING btree (destination, stream_id);


--
-- Name: device_lists_outbound_pokes_stream; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_outbound_pokes_stream ON public.device_lists_outbound_pokes USING btree (stream_id);


--
-- Name: device_lists_outbound_pokes_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_outbound_pokes_user ON public.device_lists_outbound_pokes USING btree (destination, user_id);


--
-- Name: device_lists_remote_cache_unique_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_remote_cache_unique_id ON public.device_lists_remote_cache USING btree (user_id, device_id);


--
-- Name: device_lists_remote_extremeties_unique_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_remote_extremeties_unique_idx ON public.device_lists_remote_extremeties USING btree (user_id);


--
-- Name: device_lists_remote_pending_user_device_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_remote_pending_user_device_id ON public.device_lists_remote_pending USING btree (user_id, device_id);


--
-- Name: device_lists_remote_resync_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_remote_resync_idx ON public.device_lists_remote_resync USING btree (user_id);


--
-- Name: device_lists_remote_resync_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_remote_resync_ts_idx ON public.device_lists_remote_resync USING btree (added_ts);


--
-- Name: device_lists_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_stream_id ON public.device_lists_stream USING btree (stream_id, user_id);


--
-- Name: device_lists_stream_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_stream_user_id ON public.device_lists_stream USING btree (user_id, device_id);


--
-- Name: e2e_cross_signing_keys_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX e2e_cross_signing_keys_idx ON public.e2e_cross_signing_keys USING btree (user_id, keytype, stream_id);


--
-- Name: e2e_cross_signing_keys_stream_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX e2e_cross_signing_keys_stream_idx ON public.e2e_cross_signing_keys USING btree (stream_id);


--
-- Name: e2e_cross_signing_signatures_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX e2e_cross_signing_signatures_idx3 ON public.e2e_cross_signing_signatures USING btree (user_id, target_user_id, target_device_id, key_id);


--
-- Name: e2e_one_time_keys_json_user_id_device_id_algorithm_ts_added_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX e2e_one_time_keys_json_user_id_device_id_algorithm_ts_added_idx ON public.e2e_one_time_keys_json USING btree (user_id, device_id, algorithm, ts_added_ms);


--
-- Name: e2e_room_keys_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX e2e_room_keys_room_id ON public.e2e_room_keys USING btree (room_id);


--
-- Name: e2e_room_keys_versions_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX e2e_room_keys_versions_idx ON public.e2e_room_keys_versions USING btree (user_id, version);


--
-- Name: e2e_room_keys_with_version_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX e2e_room_keys_with_version_idx ON public.e2e_room_keys USING btree (user_id, version, room_id, session_id);


--
-- Name: erased_users_user; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX erased_users_user ON public.erased_users USING btree (user_id);


--
-- Name: ev_b_extrem_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ev_b_extrem_id ON public.event_backward_extremities USING btree (event_id);


--
-- Name: ev_b_extrem_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ev_b_extrem_room ON public.event_backward_extremities USING btree (room_id);


--
-- Name: ev_edges_prev_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ev_edges_prev_id ON public.event_edges USING btree (prev_event_id);


--
-- Name: ev_extrem_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ev_extrem_id ON public.event_forward_extremities USING btree (event_id);


--
-- Name: ev_extrem_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ev_extrem_room ON public.event_forward_extremities USING btree (room_id);


--
-- Name: evauth_edges_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evauth_edges_id ON public.event_auth USING btree (event_id);


--
-- Name: event_auth_chain_links_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_auth_chain_links_idx ON public.event_auth_chain_links USING btree (origin_chain_id, target_chain_id);


--
-- Name: event_auth_chain_links_origin_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_auth_chain_links_origin_index ON public.event_auth_chain_links USING btree (origin_chain_id, origin_sequence_number);


--
-- Name: event_auth_chain_to_calculate_rm_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_auth_chain_to_calculate_rm_id ON public.event_auth_chain_to_calculate USING btree (room_id);


--
-- Name: event_auth_chains_c_seq_index; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_auth_chains_c_seq_index ON public.event_auth_chains USING btree (chain_id, sequence_number);


--
-- Name: event_contains_url_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_contains_url_index ON public.events USING btree (room_id, topological_ordering, stream_ordering) WHERE ((contains_url = true) AND (outlier = false));


--
-- Name: event_edges_event_id_prev_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_edges_event_id_prev_event_id_idx ON public.event_edges USING btree (event_id, prev_event_id);


--
-- Name: event_expiry_expiry_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_expiry_expiry_ts_idx ON public.event_expiry USING btree (expiry_ts);


--
-- Name: event_failed_pull_attempts_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_failed_pull_attempts_room_id ON public.event_failed_pull_attempts USING btree (room_id);


--
-- Name: event_labels_room_id_label_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_labels_room_id_label_idx ON public.event_labels USING btree (room_id, label, topological_ordering);


--
-- Name: event_push_actions_highlights_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_highlights_index ON public.event_push_actions USING btree (user_id, room_id, topological_ordering, stream_ordering) WHERE (highlight = 1);


--
-- Name: event_push_actions_rm_tokens; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_rm_tokens ON public.event_push_actions USING btree (user_id, room_id, topological_ordering, stream_ordering);


--
-- Name: event_push_actions_room_id_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_room_id_user_id ON public.event_push_actions USING btree (room_id, user_id);


--
-- Name: event_push_actions_staging_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_staging_id ON public.event_push_actions_staging USING btree (event_id);


--
-- Name: event_push_actions_stream_highlight_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_stream_highlight_index ON public.event_push_actions USING btree (highlight, stream_ordering) WHERE (highlight = 0);


--
-- Name: event_push_actions_stream_ordering; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_stream_ordering ON public.event_push_actions USING btree (stream_ordering, user_id);


--
-- Name: event_push_actions_u_highlight; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_u_highlight ON public.event_push_actions USING btree (user_id, stream_ordering);


--
-- Name: event_push_summary_index_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_summary_index_room_id ON public.event_push_summary USING btree (room_id);


--
-- Name: event_push_summary_unique_index2; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_push_summary_unique_index2 ON public.event_push_summary USING btree (user_id, room_id, thread_id);


--
-- Name: event_relations_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_relations_id ON public.event_relations USING btree (event_id);


--
-- Name: event_relations_relates; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_relations_relates ON public.event_relations USING btree (relates_to_id, relation_type, aggregation_key);


--
-- Name: event_search_ev_ridx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_search_ev_ridx ON public.event_search USING btree (room_id);


--
-- Name: event_search_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_search_event_id_idx ON public.event_search USING btree (event_id);


--
-- Name: event_search_fts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_search_fts_idx ON public.event_search USING gin (vector);


--
-- Name: event_to_state_groups_sg_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_to_state_groups_sg_index ON public.event_to_state_groups USING btree (state_group);


--
-- Name: event_txn_id_device_id_event_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_txn_id_device_id_event_id ON public.event_txn_id_device_id USING btree (event_id);


--
-- Name: event_txn_id_device_id_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_txn_id_device_id_ts ON public.event_txn_id_device_id USING btree (inserted_ts);


--
-- Name: event_txn_id_device_id_txn_id2; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_txn_id_device_id_txn_id2 ON public.event_txn_id_device_id USING btree (user_id, device_id, room_id, txn_id);


--
-- Name: events_jump_to_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_jump_to_date_idx ON public.events USING btree (room_id, origin_server_ts) WHERE (NOT outlier);


--
-- Name: events_order_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_order_room ON public.events USING btree (room_id, topological_ordering, stream_ordering);


--
-- Name: events_room_stream; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_room_stream ON public.events USING btree (room_id, stream_ordering);


--
-- Name: events_stream_ordering; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX events_stream_ordering ON public.events USING btree (stream_ordering);


--
-- Name: events_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_ts ON public.events USING btree (origin_server_ts, stream_ordering);


--
-- Name: federation_inbound_events_staging_instance_event; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX federation_inbound_events_staging_instance_event ON public.federation_inbound_events_staging USING btree (origin, event_id);


--
-- Name: federation_inbound_events_staging_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX federation_inbound_events_staging_room ON public.federation_inbound_events_staging USING btree (room_id, received_ts);


--
-- Name: federation_stream_position_instance; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX federation_stream_position_instance ON public.federation_stream_position USING btree (type, instance_name);


--
-- Name: full_users_unique_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX full_users_unique_idx ON public.user_filters USING btree (full_user_id, filter_id);


--
-- Name: ignored_users_ignored_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ignored_users_ignored_user_id ON public.ignored_users USING btree (ignored_user_id);


--
-- Name: ignored_users_uniqueness; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ignored_users_uniqueness ON public.ignored_users USING btree (ignorer_user_id, ignored_user_id);


--
-- Name: instance_map_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX instance_map_idx ON public.instance_map USING btree (instance_name);


--
-- Name: local_current_membership_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX local_current_membership_idx ON public.local_current_membership USING btree (user_id, room_id);


--
-- Name: local_current_membership_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_current_membership_room_idx ON public.local_current_membership USING btree (room_id);


--
-- Name: local_current_membership_stream_ordering_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_current_membership_stream_ordering_idx ON public.local_current_membership USING btree (event_stream_ordering);


--
-- Name: local_media_repository_sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_sha256 ON public.local_media_repository USING btree (sha256) WHERE (sha256 IS NOT NULL);


--
-- Name: local_media_repository_thumbn_media_id_width_height_method_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX local_media_repository_thumbn_media_id_width_height_method_key ON public.local_media_repository_thumbnails USING btree (media_id, thumbnail_width, thumbnail_height, thumbnail_type, thumbnail_method);


--
-- Name: local_media_repository_thumbnails_media_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_thumbnails_media_id ON public.local_media_repository_thumbnails USING btree (media_id);


--
-- Name: local_media_repository_url_cache_by_url_download_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_url_cache_by_url_download_ts ON public.local_media_repository_url_cache USING btree (url, download_ts);


--
-- Name: local_media_repository_url_cache_expires_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_url_cache_expires_idx ON public.local_media_repository_url_cache USING btree (expires_ts);


--
-- Name: local_media_repository_url_cache_media_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_url_cache_media_idx ON public.local_media_repository_url_cache USING btree (media_id);


--
-- Name: local_media_repository_url_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_url_idx ON public.local_media_repository USING btree (created_ts) WHERE (url_cache IS NOT NULL);


--
-- Name: login_tokens_auth_provider_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_tokens_auth_provider_idx ON public.login_tokens USING btree (auth_provider_id, auth_provider_session_id);


--
-- Name: login_tokens_expiry_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_tokens_expiry_time_idx ON public.login_tokens USING btree (expiry_ts);


--
-- Name: monthly_active_users_time_stamp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX monthly_active_users_time_stamp ON public.monthly_active_users USING btree ("timestamp");


--
-- Name: monthly_active_users_users; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX monthly_active_users_users ON public.monthly_active_users USING btree (user_id);


--
-- Name: msc4242_state_dag_edges_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX msc4242_state_dag_edges_key ON public.msc4242_state_dag_edges USING btree (room_id, event_id, prev_state_event_id);


--
-- Name: msc4242_state_dag_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX msc4242_state_dag_room ON public.msc4242_state_dag_forward_extremities USING btree (room_id);


--
-- Name: open_id_tokens_ts_valid_until_ms; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX open_id_tokens_ts_valid_until_ms ON public.open_id_tokens USING btree (ts_valid_until_ms);


--
-- Name: partial_state_events_room_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partial_state_events_room_id_idx ON public.partial_state_events USING btree (room_id);


--
-- Name: presence_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX presence_stream_id ON public.presence_stream USING btree (stream_id, user_id);


--
-- Name: presence_stream_state_not_offline_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX presence_stream_state_not_offline_idx ON public.presence_stream USING btree (state) WHERE (state <> 'offline'::text);


--
-- Name: presence_stream_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX presence_stream_user_id ON public.presence_stream USING btree (user_id);


--
-- Name: profile_updates_by_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX profile_updates_by_user ON public.profile_updates USING btree (user_id, stream_id);


--
-- Name: profiles_full_user_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX profiles_full_user_id_key ON public.profiles USING btree (full_user_id);


--
-- Name: public_room_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX public_room_index ON public.rooms USING btree (is_public);


--
-- Name: push_rules_enable_user_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX push_rules_enable_user_name ON public.push_rules_enable USING btree (user_name);


--
-- Name: push_rules_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX push_rules_stream_id ON public.push_rules_stream USING btree (stream_id);


--
-- Name: push_rules_stream_user_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX push_rules_stream_user_stream_id ON public.push_rules_stream USING btree (user_id, stream_id);


--
-- Name: push_rules_user_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX push_rules_user_name ON public.push_rules USING btree (user_name);


--
-- Name: ratelimit_override_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ratelimit_override_idx ON public.ratelimit_override USING btree (user_id);


--
-- Name: receipts_graph_unique_index; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX receipts_graph_unique_index ON public.receipts_graph USING btree (room_id, receipt_type, user_id) WHERE (thread_id IS NULL);


--
-- Name: receipts_linearized_event_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX receipts_linearized_event_id ON public.receipts_linearized USING btree (room_id, event_id);


--
-- Name: receipts_linearized_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX receipts_linearized_id ON public.receipts_linearized USING btree (stream_id);


--
-- Name: receipts_linearized_room_stream; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX receipts_linearized_room_stream ON public.receipts_linearized USING btree (room_id, stream_id);


--
-- Name: receipts_linearized_unique_index; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX receipts_linearized_unique_index ON public.receipts_linearized USING btree (room_id, receipt_type, user_id) WHERE (thread_id IS NULL);


--
-- Name: receipts_linearized_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX receipts_linearized_user ON public.receipts_linearized USING btree (user_id);


--
-- Name: received_transactions_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX received_transactions_ts ON public.received_transactions USING btree (ts);


--
-- Name: received_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX received_ts_idx ON public.events USING btree (received_ts) WHERE (type = 'm.room.member'::text);


--
-- Name: redactions_have_censored_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX redactions_have_censored_ts ON public.redactions USING btree (received_ts) WHERE (NOT have_censored);


--
-- Name: redactions_redacts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX redactions_redacts ON public.redactions USING btree (redacts);


--
-- Name: refresh_tokens_next_token_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX refresh_tokens_next_token_id ON public.refresh_tokens USING btree (next_token_id) WHERE (next_token_id IS NOT NULL);


--
-- Name: remote_media_cache_sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX remote_media_cache_sha256 ON public.remote_media_cache USING btree (sha256) WHERE (sha256 IS NOT NULL);


--
-- Name: remote_media_repository_thumbn_media_origin_id_width_height_met; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX remote_media_repository_thumbn_media_origin_id_width_height_met ON public.remote_media_cache_thumbnails USING btree (media_origin, media_id, thumbnail_width, thumbnail_height, thumbnail_type, thumbnail_method);


--
-- Name: room_account_data_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_account_data_room_id ON public.room_account_data USING btree (room_id);


--
-- Name: room_account_data_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_account_data_stream_id ON public.room_account_data USING btree (user_id, stream_id);


--
-- Name: room_alias_servers_alias; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_alias_servers_alias ON public.room_alias_servers USING btree (room_alias);


--
-- Name: room_aliases_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_aliases_id ON public.room_aliases USING btree (room_id);


--
-- Name: room_membership_user_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_membership_user_room_idx ON public.room_memberships USING btree (user_id, room_id);


--
-- Name: room_memberships_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_memberships_room_id ON public.room_memberships USING btree (room_id);


--
-- Name: room_memberships_stream_ordering_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_memberships_stream_ordering_idx ON public.room_memberships USING btree (event_stream_ordering);


--
-- Name: room_memberships_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_memberships_user_id ON public.room_memberships USING btree (user_id);


--
-- Name: room_memberships_user_room_forgotten; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_memberships_user_room_forgotten ON public.room_memberships USING btree (user_id, room_id) WHERE (forgotten = 1);


--
-- Name: room_retention_max_lifetime_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_retention_max_lifetime_idx ON public.room_retention USING btree (max_lifetime);


--
-- Name: room_stats_earliest_token_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX room_stats_earliest_token_idx ON public.room_stats_earliest_token USING btree (room_id);


--
-- Name: room_stats_state_room; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX room_stats_state_room ON public.room_stats_state USING btree (room_id);


--
-- Name: scheduled_tasks_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scheduled_tasks_status ON public.scheduled_tasks USING btree (status);


--
-- Name: scheduled_tasks_timestamp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scheduled_tasks_timestamp ON public.scheduled_tasks USING btree ("timestamp");


--
-- Name: sliding_sync_connection_lazy_members_conn_pos_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_lazy_members_conn_pos_idx ON public.sliding_sync_connection_lazy_members USING btree (connection_position) WHERE (connection_position IS NOT NULL);


--
-- Name: sliding_sync_connection_lazy_members_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sliding_sync_connection_lazy_members_idx ON public.sliding_sync_connection_lazy_members USING btree (connection_key, room_id, user_id);


--
-- Name: sliding_sync_connection_lazy_members_pos_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_lazy_members_pos_idx ON public.sliding_sync_connection_lazy_members USING btree (connection_key, connection_position) WHERE (connection_position IS NOT NULL);


--
-- Name: sliding_sync_connection_positions_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_positions_key ON public.sliding_sync_connection_positions USING btree (connection_key);


--
-- Name: sliding_sync_connection_positions_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_positions_ts_idx ON public.sliding_sync_connection_positions USING btree (created_ts);


--
-- Name: sliding_sync_connection_required_state_conn_pos; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_required_state_conn_pos ON public.sliding_sync_connection_required_state USING btree (connection_key);


--
-- Name: sliding_sync_connection_room_configs_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sliding_sync_connection_room_configs_idx ON public.sliding_sync_connection_room_configs USING btree (connection_position, room_id);


--
-- Name: sliding_sync_connection_room_configs_required_state_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_room_configs_required_state_id_idx ON public.sliding_sync_connection_room_configs USING btree (required_state_id);


--
-- Name: sliding_sync_connection_streams_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sliding_sync_connection_streams_idx ON public.sliding_sync_connection_streams USING btree (connection_position, room_id, stream);


--
-- Name: sliding_sync_connections_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connections_idx ON public.sliding_sync_connections USING btree (user_id, effective_device_id, conn_id);


--
-- Name: sliding_sync_connections_last_used_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connections_last_used_ts_idx ON public.sliding_sync_connections USING btree (last_used_ts) WHERE (last_used_ts IS NOT NULL);


--
-- Name: sliding_sync_connections_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connections_ts_idx ON public.sliding_sync_connections USING btree (created_ts);


--
-- Name: sliding_sync_joined_rooms_event_stream_ordering; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sliding_sync_joined_rooms_event_stream_ordering ON public.sliding_sync_joined_rooms USING btree (event_stream_ordering);


--
-- Name: sliding_sync_membership_snapshots_event_stream_ordering; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sliding_sync_membership_snapshots_event_stream_ordering ON public.sliding_sync_membership_snapshots USING btree (event_stream_ordering);


--
-- Name: sliding_sync_membership_snapshots_membership_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_membership_snapshots_membership_event_id_idx ON public.sliding_sync_membership_snapshots USING btree (membership_event_id);


--
-- Name: sliding_sync_membership_snapshots_user_id_stream_ordering; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_membership_snapshots_user_id_stream_ordering ON public.sliding_sync_membership_snapshots USING btree (user_id, event_stream_ordering);


--
-- Name: state_group_edges_prev_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX state_group_edges_prev_idx ON public.state_group_edges USING btree (prev_state_group);


--
-- Name: state_group_edges_unique_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX state_group_edges_unique_idx ON public.state_group_edges USING btree (state_group, prev_state_group);


--
-- Name: state_groups_pending_deletion_insertion_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX state_groups_pending_deletion_insertion_ts ON public.state_groups_pending_deletion USING btree (insertion_ts);


--
-- Name: state_groups_pending_deletion_state_group; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX state_groups_pending_deletion_state_group ON public.state_groups_pending_deletion USING btree (state_group);


--
-- Name: state_groups_persisting_instance_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX state_groups_persisting_instance_name ON public.state_groups_persisting USING btree (instance_name);


--
-- Name: state_groups_room_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX state_groups_room_id_idx ON public.state_groups USING btree (room_id);


--
-- Name: state_groups_state_type_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX state_groups_state_type_idx ON public.state_groups_state USING btree (state_group, type, state_key);


--
-- Name: sticky_events_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sticky_events_room_idx ON public.sticky_events USING btree (room_id, event_stream_ordering);


--
-- Name: stream_ordering_to_exterm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stream_ordering_to_exterm_idx ON public.stream_ordering_to_exterm USING btree (stream_ordering);


--
-- Name: stream_ordering_to_exterm_rm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stream_ordering_to_exterm_rm_idx ON public.stream_ordering_to_exterm USING btree (room_id, stream_ordering);


--
-- Name: stream_positions_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX stream_positions_idx ON public.stream_positions USING btree (stream_name, instance_name);


--
-- Name: thread_subscriptions_by_event; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX thread_subscriptions_by_event ON public.thread_subscriptions USING btree (event_id);


--
-- Name: thread_subscriptions_by_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX thread_subscriptions_by_user ON public.thread_subscriptions USING btree (user_id, stream_id);


--
-- Name: thread_subscriptions_user_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX thread_subscriptions_user_room ON public.thread_subscriptions USING btree (user_id, room_id);


--
-- Name: threads_ordering_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX threads_ordering_idx ON public.threads USING btree (room_id, topological_ordering, stream_ordering);


--
-- Name: threepid_guest_access_tokens_index; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX threepid_guest_access_tokens_index ON public.threepid_guest_access_tokens USING btree (medium, address);


--
-- Name: threepid_validation_token_session_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX threepid_validation_token_session_id ON public.threepid_validation_token USING btree (session_id);


--
-- Name: timeline_gaps_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX timeline_gaps_room_id ON public.timeline_gaps USING btree (room_id, stream_ordering);


--
-- Name: un_partial_stated_event_stream_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX un_partial_stated_event_stream_room_id ON public.un_partial_stated_event_stream USING btree (event_id);


--
-- Name: un_partial_stated_room_stream_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX un_partial_stated_room_stream_room_id ON public.un_partial_stated_room_stream USING btree (room_id);


--
-- Name: user_daily_visits_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_daily_visits_ts_idx ON public.user_daily_visits USING btree ("timestamp");


--
-- Name: user_daily_visits_uts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_daily_visits_uts_idx ON public.user_daily_visits USING btree (user_id, "timestamp");


--
-- Name: user_directory_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_directory_room_idx ON public.user_directory USING btree (room_id);


--
-- Name: user_directory_search_fts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_directory_search_fts_idx ON public.user_directory_search USING gin (vector);


--
-- Name: user_directory_search_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_directory_search_user_idx ON public.user_directory_search USING btree (user_id);


--
-- Name: user_directory_stale_remote_users_next_try_by_server_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_directory_stale_remote_users_next_try_by_server_idx ON public.user_directory_stale_remote_users USING btree (user_server_name, next_try_at_ts);


--
-- Name: user_directory_stale_remote_users_next_try_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_directory_stale_remote_users_next_try_idx ON public.user_directory_stale_remote_users USING btree (next_try_at_ts, user_server_name);


--
-- Name: user_directory_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_directory_user_idx ON public.user_directory USING btree (user_id);


--
-- Name: user_external_ids_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_external_ids_user_id_idx ON public.user_external_ids USING btree (user_id);


--
-- Name: user_filters_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_filters_unique ON public.user_filters USING btree (user_id, filter_id);


--
-- Name: user_ips_device_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_ips_device_id ON public.user_ips USING btree (user_id, device_id, last_seen);


--
-- Name: user_ips_last_seen; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_ips_last_seen ON public.user_ips USING btree (user_id, last_seen);


--
-- Name: user_ips_last_seen_only; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_ips_last_seen_only ON public.user_ips USING btree (last_seen);


--
-- Name: user_ips_user_token_ip_unique_index; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_ips_user_token_ip_unique_index ON public.user_ips USING btree (user_id, access_token, ip);


--
-- Name: user_reports_target_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_reports_target_user_id ON public.user_reports USING btree (target_user_id);


--
-- Name: user_reports_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_reports_user_id ON public.user_reports USING btree (user_id);


--
-- Name: user_signature_stream_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_signature_stream_idx ON public.user_signature_stream USING btree (stream_id);


--
-- Name: user_threepid_id_server_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_threepid_id_server_idx ON public.user_threepid_id_server USING btree (user_id, medium, address, id_server);


--
-- Name: user_threepids_medium_address; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_threepids_medium_address ON public.user_threepids USING btree (medium, address);


--
-- Name: user_threepids_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_threepids_user_id ON public.user_threepids USING btree (user_id);


--
-- Name: users_creation_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_creation_ts ON public.users USING btree (creation_ts);


--
-- Name: users_have_local_media; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_have_local_media ON public.local_media_repository USING btree (user_id, created_ts);


--
-- Name: users_in_public_rooms_r_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_in_public_rooms_r_idx ON public.users_in_public_rooms USING btree (room_id);


--
-- Name: users_in_public_rooms_u_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_in_public_rooms_u_idx ON public.users_in_public_rooms USING btree (user_id, room_id);


--
-- Name: users_who_share_private_rooms_o_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_who_share_private_rooms_o_idx ON public.users_who_share_private_rooms USING btree (other_user_id);


--
-- Name: users_who_share_private_rooms_r_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_who_share_private_rooms_r_idx ON public.users_who_share_private_rooms USING btree (room_id);


--
-- Name: users_who_share_private_rooms_u_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_who_share_private_rooms_u_idx ON public.users_who_share_private_rooms USING btree (user_id, other_user_id, room_id);


--
-- Name: worker_locks_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX worker_locks_key ON public.worker_locks USING btree (lock_name, lock_key);


--
-- Name: worker_read_write_locks_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX worker_read_write_locks_key ON public.worker_read_write_locks USING btree (lock_name, lock_key, token);


--
-- Name: worker_read_write_locks_mode_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX worker_read_write_locks_mode_key ON public.worker_read_write_locks_mode USING btree (lock_name, lock_key);


--
-- Name: worker_read_write_locks_mode_type; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX worker_read_write_locks_mode_type ON public.worker_read_write_locks_mode USING btree (lock_name, lock_key, write_lock);


--
-- Name: worker_read_write_locks_write; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX worker_read_write_locks_write ON public.worker_read_write_locks USING btree (lock_name, lock_key) WHERE write_lock;


--
-- Name: current_state_events check_event_stream_ordering; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER check_event_stream_ordering BEFORE INSERT OR UPDATE ON public.current_state_events FOR EACH ROW EXECUTE FUNCTION public.check_event_stream_ordering();


--
-- Name: local_current_membership check_event_stream_ordering; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER check_event_stream_ordering BEFORE INSERT OR UPDATE ON public.local_current_membership FOR EACH ROW EXECUTE FUNCTION public.check_event_stream_ordering();


--
-- Name: room_memberships check_event_stream_ordering; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER check_event_stream_ordering BEFORE INSERT OR UPDATE ON public.room_memberships FOR EACH ROW EXECUTE FUNCTION public.check_event_stream_ordering();


--
-- Name: partial_state_events check_partial_state_events; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER check_partial_state_events BEFORE INSERT OR UPDATE ON public.partial_state_events FOR EACH ROW EXECUTE FUNCTION public.check_partial_state_events();


--
-- Name: worker_read_write_locks delete_read_write_lock_parent_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER delete_read_write_lock_parent_trigger AFTER DELETE ON public.worker_read_write_locks FOR EACH ROW EXECUTE FUNCTION public.delete_read_write_lock_parent();


--
-- Name: worker_read_write_locks upsert_read_write_lock_parent_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER upsert_read_write_lock_parent_trigger BEFORE INSERT ON public.worker_read_write_locks FOR EACH ROW EXECUTE FUNCTION public.upsert_read_write_lock_parent();


--
-- Name: access_tokens access_tokens_refresh_token_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_tokens
    ADD CONSTRAINT access_tokens_refresh_token_id_fkey FOREIGN KEY (refresh_token_id) REFERENCES public.refresh_tokens(id) ON DELETE CASCADE;


--
-- Name: destination_rooms destination_rooms_destination_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destination_rooms
    ADD CONSTRAINT destination_rooms_destination_fkey FOREIGN KEY (destination) REFERENCES public.destinations(destination);


--
-- Name: destination_rooms destination_rooms_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destination_rooms
    ADD CONSTRAINT destination_rooms_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: destination_rooms_sticky_events_backlog destination_rooms_sticky_events_backlog_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destination_rooms_sticky_events_backlog
    ADD CONSTRAINT destination_rooms_sticky_events_backlog_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id) ON DELETE CASCADE;


--
-- Name: event_edges event_edges_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_edges
    ADD CONSTRAINT event_edges_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id);


--
-- Name: event_failed_pull_attempts event_failed_pull_attempts_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_failed_pull_attempts
    ADD CONSTRAINT event_failed_pull_attempts_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: event_forward_extremities event_forward_extremities_event_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_forward_extremities
    ADD CONSTRAINT event_forward_extremities_event_id FOREIGN KEY (event_id) REFERENCES public.events(event_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: current_state_events event_stream_ordering_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_state_events
    ADD CONSTRAINT event_stream_ordering_fkey FOREIGN KEY (event_stream_ordering) REFERENCES public.events(stream_ordering) NOT VALID;


--
-- Name: local_current_membership event_stream_ordering_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.local_current_membership
    ADD CONSTRAINT event_stream_ordering_fkey FOREIGN KEY (event_stream_ordering) REFERENCES public.events(stream_ordering) NOT VALID;


--
-- Name: room_memberships event_stream_ordering_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_memberships
    ADD CONSTRAINT event_stream_ordering_fkey FOREIGN KEY (event_stream_ordering) REFERENCES public.events(stream_ordering) NOT VALID;


--
-- Name: event_txn_id_device_id event_txn_id_device_id_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_txn_id_device_id
    ADD CONSTRAINT event_txn_id_device_id_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id) ON DELETE CASCADE;


--
-- Name: event_txn_id_device_id event_txn_id_device_id_user_id_device_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_txn_id_device_id
    ADD CONSTRAINT event_txn_id_device_id_user_id_device_id_fkey FOREIGN KEY (user_id, device_id) REFERENCES public.devices(user_id, device_id) ON DELETE CASCADE;


--
-- Name: msc4242_state_dag_edges msc4242_state_dag_edges_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_edges
    ADD CONSTRAINT msc4242_state_dag_edges_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id);


--
-- Name: msc4242_state_dag_edges msc4242_state_dag_edges_prev_state_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_edges
    ADD CONSTRAINT msc4242_state_dag_edges_prev_state_event_id_fkey FOREIGN KEY (prev_state_event_id) REFERENCES public.events(event_id);


--
-- Name: msc4242_state_dag_edges msc4242_state_dag_edges_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_edges
    ADD CONSTRAINT msc4242_state_dag_edges_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id) ON DELETE CASCADE;


--
-- Name: msc4242_state_dag_forward_extremities msc4242_state_dag_forward_extremities_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_forward_extremities
    ADD CONSTRAINT msc4242_state_dag_forward_extremities_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id) ON DELETE CASCADE;


--
-- Name: msc4242_state_dag_forward_extremities msc4242_state_dag_forward_extremities_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_forward_extremities
    ADD CONSTRAINT msc4242_state_dag_forward_extremities_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id) ON DELETE CASCADE;


--
-- Name: partial_state_events partial_state_events_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_events
    ADD CONSTRAINT partial_state_events_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id);


--
-- Name: partial_state_events partial_state_events_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_events
    ADD CONSTRAINT partial_state_events_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.partial_state_rooms(room_id);


--
-- Name: partial_state_rooms partial_state_rooms_join_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_rooms
    ADD CONSTRAINT partial_state_rooms_join_event_id_fkey FOREIGN KEY (join_event_id) REFERENCES public.events(event_id);


--
-- Name: partial_state_rooms partial_state_rooms_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_rooms
    ADD CONSTRAINT partial_state_rooms_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: partial_state_rooms_servers partial_state_rooms_servers_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_rooms_servers
    ADD CONSTRAINT partial_state_rooms_servers_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.partial_state_rooms(room_id);


--
-- Name: per_user_experimental_features per_user_experimental_features_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.per_user_experimental_features
    ADD CONSTRAINT per_user_experimental_features_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(name);


--
-- Name: profile_updates_per_user profile_updates_per_user_stream_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profile_updates_per_user
    ADD CONSTRAINT profile_updates_per_user_stream_id_fkey FOREIGN KEY (stream_id) REFERENCES public.profile_updates(stream_id);


--
-- Name: refresh_tokens refresh_tokens_next_token_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refresh_tokens
    ADD CONSTRAINT refresh_tokens_next_token_id_fkey FOREIGN KEY (next_token_id) REFERENCES public.refresh_tokens(id) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_lazy_members sliding_sync_connection_lazy_members_connection_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_lazy_members
    ADD CONSTRAINT sliding_sync_connection_lazy_members_connection_key_fkey FOREIGN KEY (connection_key) REFERENCES public.sliding_sync_connections(connection_key) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_lazy_members sliding_sync_connection_lazy_members_connection_position_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_lazy_members
    ADD CONSTRAINT sliding_sync_connection_lazy_members_connection_position_fkey FOREIGN KEY (connection_position) REFERENCES public.sliding_sync_connection_positions(connection_position) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_positions sliding_sync_connection_positions_connection_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_positions
    ADD CONSTRAINT sliding_sync_connection_positions_connection_key_fkey FOREIGN KEY (connection_key) REFERENCES public.sliding_sync_connections(connection_key) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_required_state sliding_sync_connection_required_state_connection_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_required_state
    ADD CONSTRAINT sliding_sync_connection_required_state_connection_key_fkey FOREIGN KEY (connection_key) REFERENCES public.sliding_sync_connections(connection_key) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_room_configs sliding_sync_connection_room_configs_connection_position_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_room_configs
    ADD CONSTRAINT sliding_sync_connection_room_configs_connection_position_fkey FOREIGN KEY (connection_position) REFERENCES public.sliding_sync_connection_positions(connection_position) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_room_configs sliding_sync_connection_room_configs_required_state_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_room_configs
    ADD CONSTRAINT sliding_sync_connection_room_configs_required_state_id_fkey FOREIGN KEY (required_state_id) REFERENCES public.sliding_sync_connection_required_state(required_state_id);


--
-- Name: sliding_sync_connection_streams sliding_sync_connection_streams_connection_position_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_streams
    ADD CONSTRAINT sliding_sync_connection_streams_connection_position_fkey FOREIGN KEY (connection_position) REFERENCES public.sliding_sync_connection_positions(connection_position) ON DELETE CASCADE;


--
-- Name: sliding_sync_joined_rooms sliding_sync_joined_rooms_event_stream_ordering_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_joined_rooms
    ADD CONSTRAINT sliding_sync_joined_rooms_event_stream_ordering_fkey FOREIGN KEY (event_stream_ordering) REFERENCES public.events(stream_ordering);


--
-- Name: sliding_sync_joined_rooms sliding_sync_joined_rooms_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_joined_rooms
    ADD CONSTRAINT sliding_sync_joined_rooms_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: sliding_sync_joined_rooms_to_recalculate sliding_sync_joined_rooms_to_recalculate_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_joined_rooms_to_recalculate
    ADD CONSTRAINT sliding_sync_joined_rooms_to_recalculate_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: sliding_sync_membership_snapshots sliding_sync_membership_snapshots_event_stream_ordering_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_membership_snapshots
    ADD CONSTRAINT sliding_sync_membership_snapshots_event_stream_ordering_fkey FOREIGN KEY (event_stream_ordering) REFERENCES public.events(stream_ordering);


--
-- Name: sliding_sync_membership_snapshots sliding_sync_membership_snapshots_membership_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_membership_snapshots
    ADD CONSTRAINT sliding_sync_membership_snapshots_membership_event_id_fkey FOREIGN KEY (membership_event_id) REFERENCES public.events(event_id);


--
-- Name: sliding_sync_membership_snapshots sliding_sync_membership_snapshots_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_membership_snapshots
    ADD CONSTRAINT sliding_sync_membership_snapshots_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: thread_subscriptions thread_subscriptions_fk_events; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.thread_subscriptions
    ADD CONSTRAINT thread_subscriptions_fk_events FOREIGN KEY (event_id) REFERENCES public.events(event_id) ON DELETE CASCADE;


--
-- Name: thread_subscriptions thread_subscriptions_fk_rooms; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.thread_subscriptions
    ADD CONSTRAINT thread_subscriptions_fk_rooms FOREIGN KEY (room_id) REFERENCES public.rooms(room_id) ON DELETE CASCADE;


--
-- Name: thread_subscriptions thread_subscriptions_fk_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.thread_subscriptions
    ADD CONSTRAINT thread_subscriptions_fk_users FOREIGN KEY (user_id) REFERENCES public.users(name);


--
-- Name: ui_auth_sessions_credentials ui_auth_sessions_credentials_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ui_auth_sessions_credentials
    ADD CONSTRAINT ui_auth_sessions_credentials_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.ui_auth_sessions(session_id);


--
-- Name: ui_auth_sessions_ips ui_auth_sessions_ips_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ui_auth_sessions_ips
    ADD CONSTRAINT ui_auth_sessions_ips_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.ui_auth_sessions(session_id);


--
-- Name: un_partial_stated_event_stream un_partial_stated_event_stream_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.un_partial_stated_event_stream
    ADD CONSTRAINT un_partial_stated_event_stream_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id) ON DELETE CASCADE;


--
-- Name: un_partial_stated_room_stream un_partial_stated_room_stream_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.un_partial_stated_room_stream
    ADD CONSTRAINT un_partial_stated_room_stream_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id) ON DELETE CASCADE;


--
-- Name: users_to_send_full_presence_to users_to_send_full_presence_to_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users_to_send_full_presence_to
    ADD CONSTRAINT users_to_send_full_presence_to_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(name);


--
-- Name: worker_read_write_locks worker_read_write_locks_lock_name_lock_key_write_lock_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.worker_read_write_locks
    ADD CONSTRAINT worker_read_write_locks_lock_name_lock_key_write_lock_fkey FOREIGN KEY (lock_name, lock_key, write_lock) REFERENCES public.worker_read_write_locks_mode(lock_name, lock_key, write_lock);


--
-- Name: worker_read_write_locks_mode worker_read_write_locks_mode_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.worker_read_write_locks_mode
    ADD CONSTRAINT worker_read_write_locks_mode_foreign FOREIGN KEY (lock_name, lock_key, token) REFERENCES public.worker_read_write_locks(lock_name, lock_key, token) DEFERRABLE INITIALLY DEFERRED;


--
-- PostgreSQL database dump complete
--


