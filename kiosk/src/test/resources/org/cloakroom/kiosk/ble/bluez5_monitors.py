'''bluetoothd with advertisement monitors, for the kiosk's tests

python3-dbusmock's bluez5 template, plus what bluetoothd offers when run with
--experimental: org.bluez.AdvertisementMonitorManager1 on the adapters a test names
(AddMonitorManager), which reads the caller's monitors the way BlueZ does (its
GetManagedObjects, then Activate or Release), and a hook (HearAdvertisement) that plays
one advertisement to the registered monitors as bluetoothd passes it on: the device
appears, the matching monitors get DeviceFound once, then its properties change.
'''

import dbus

from dbusmock import mockobject
from dbusmock.templates import bluez5
from dbusmock.templates.bluez5 import *  # noqa: F401,F403 (the template's D-Bus methods)

MANAGER_IFACE = 'org.bluez.AdvertisementMonitorManager1'
MONITOR_IFACE = 'org.bluez.AdvertisementMonitor1'
OBJECT_MANAGER = 'org.freedesktop.DBus.ObjectManager'
MAX_PATTERNS = 16  # the kernel's HCI_MAX_ADV_MONITOR_NUM_PATTERNS
AD_LENGTH = 31


def load(mock, parameters):
    bluez5.load(mock, parameters)


RSSI_TYPES = {'RSSIHighThreshold': dbus.Int16, 'RSSILowThreshold': dbus.Int16,
              'RSSIHighTimeout': dbus.UInt16, 'RSSILowTimeout': dbus.UInt16,
              'RSSISamplingPeriod': dbus.UInt16}


def _valid_patterns(props):
    '''The monitor's patterns as BlueZ accepts them, or None when it would refuse them.'''
    if str(props.get('Type', '')) != 'or_patterns':
        return None
    for name, kind in RSSI_TYPES.items():
        if name in props and not isinstance(props[name], kind):
            return None
    if int(props.get('RSSISamplingPeriod', 0)) > 255:
        return None
    patterns = []
    for start, ad_type, content in props.get('Patterns', []):
        content = bytes(content)
        if not content or int(start) + len(content) > AD_LENGTH:
            return None
        patterns.append((int(start), int(ad_type), content))
    if not patterns or len(patterns) > MAX_PATTERNS:
        return None
    return patterns


def _register_monitor(adapter, application, sender=None):
    for app in adapter.monitor_apps:
        if app['owner'] == sender and app['path'] == str(application):
            raise dbus.exceptions.DBusException('Already registered', name='org.bluez.Error.AlreadyExists')
    bus = adapter.connection
    objects = bus.get_object(sender, application, introspect=False).GetManagedObjects(
        dbus_interface=OBJECT_MANAGER)
    app = {'owner': sender, 'path': str(application), 'monitors': {}, 'refused': []}
    for path, interfaces in objects.items():
        props = interfaces.get(MONITOR_IFACE)
        if props is None or not str(path).startswith(str(application) + '/'):
            continue
        monitor = bus.get_object(sender, path, introspect=False)
        patterns = None if adapter.refuse_monitors else _valid_patterns(props)
        if patterns is None:
            app['refused'].append(str(path))
            monitor.Release(dbus_interface=MONITOR_IFACE, ignore_reply=True)
        else:
            app['monitors'][str(path)] = patterns
            monitor.Activate(dbus_interface=MONITOR_IFACE, ignore_reply=True)
    adapter.monitor_apps.append(app)


def _unregister_monitor(adapter, application, sender=None):
    for app in adapter.monitor_apps:
        if app['owner'] == sender and app['path'] == str(application):
            adapter.monitor_apps.remove(app)
            return
    raise dbus.exceptions.DBusException('No such monitor', name='org.bluez.Error.DoesNotExist')


def _manager_method(adapter, name, function):
    '''A method of the manager that knows its caller, logged under its D-Bus name'''
    def method(self, application, sender=None):
        return function(self, application, sender)
    method.__name__ = name
    method = dbus.service.method(MANAGER_IFACE, in_signature='o', out_signature='',
                                 sender_keyword='sender')(method)
    return ('o', '', '', mockobject.loggedmethod(adapter, method))


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='sas', out_signature='')
def AddMonitorManager(self, adapter_name, monitor_types):
    '''Offers org.bluez.AdvertisementMonitorManager1 on an adapter, supporting monitor_types'''
    path = '/org/bluez/' + adapter_name
    adapter = mockobject.objects[path]
    props = {
        'SupportedMonitorTypes': dbus.Array(monitor_types, signature='s', variant_level=1),
        'SupportedFeatures': dbus.Array([], signature='s', variant_level=1),
    }
    adapter.props[MANAGER_IFACE] = props
    adapter.monitor_apps = []
    adapter.refuse_monitors = False
    adapter.methods[MANAGER_IFACE] = {
        'RegisterMonitor': _manager_method(adapter, 'RegisterMonitor', _register_monitor),
        'UnregisterMonitor': _manager_method(adapter, 'UnregisterMonitor', _unregister_monitor),
    }
    self.EmitSignal(bluez5.OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}',
                    [dbus.ObjectPath(path), {MANAGER_IFACE: props}])


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='s', out_signature='')
def RefuseMonitors(self, adapter_name):
    '''From now on the adapter releases every monitor registered, as bluetoothd does when
    the kernel refuses the patterns (an older kernel answers Unknown Command)'''
    mockobject.objects['/org/bluez/' + adapter_name].refuse_monitors = True


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='s', out_signature='a(ssas)')
def RegisteredMonitors(self, adapter_name):
    '''(owner, application path, active monitor paths) of each registration on an adapter'''
    adapter = mockobject.objects['/org/bluez/' + adapter_name]
    return [(app['owner'], app['path'], dbus.Array(sorted(app['monitors']), signature='s'))
            for app in getattr(adapter, 'monitor_apps', [])]


def _matches(patterns, structures):
    for start, ad_type, content in patterns:
        for structure_type, data in structures:
            if structure_type == ad_type and data[start:start + len(content)] == content:
                return True
    return False


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='ssnqay', out_signature='b')
def HearAdvertisement(self, adapter_name, address, rssi, company, data):
    '''An advertisement carrying manufacturer data reaches the adapter: when a pattern of a
    registered monitor matches, the device appears (if new), its ManufacturerData and RSSI
    change, and each matching monitor gets DeviceFound once. Returns whether one matched.'''
    adapter = mockobject.objects['/org/bluez/' + adapter_name]
    structures = [(0xFF, bytes([company & 0xFF, company >> 8]) + bytes(data))]
    matched = [(app['owner'], path)
               for app in getattr(adapter, 'monitor_apps', [])
               for path, patterns in app['monitors'].items() if _matches(patterns, structures)]
    if not matched:
        return False
    device_path = adapter.path + '/dev_' + address.replace(':', '_').upper()
    if device_path not in mockobject.objects:
        self.AddDevice(adapter_name, address, 'device ' + address)
    device = mockobject.objects[device_path]
    device.Set(DEVICE_IFACE, 'ManufacturerData', dbus.Dictionary(
        {dbus.UInt16(company): dbus.Array(bytes(data), signature='y')}, signature='qv', variant_level=1))
    device.Set(DEVICE_IFACE, 'RSSI', dbus.Int16(rssi, variant_level=1))
    found_by = getattr(device, 'found_by', set())
    device.found_by = found_by
    for owner, path in matched:
        if (owner, path) not in found_by:
            found_by.add((owner, path))
            adapter.connection.get_object(owner, path, introspect=False).DeviceFound(
                dbus.ObjectPath(device_path), dbus_interface=MONITOR_IFACE, ignore_reply=True)
    return True
