metadata name = 'TechRoute Service Bus'
metadata description = 'Service Bus namespace with local (SAS) authentication off, the session-enabled tickets queue, the invalid-tickets queue and the assignment-events topic, with send and receive roles for the app identity on each entity it uses.'

@description('Required. Name of the namespace, 6 to 50 letters, digits and hyphens, globally unique.')
@minLength(6)
@maxLength(50)
param name string

@description('Required. Principal id of the app identity.')
param principalId string

@description('Optional. Deliveries of one tickets message before Service Bus dead-letters it.')
@minValue(1)
@maxValue(2000)
param ticketsMaxDeliveryCount int = 10

@description('Optional. Name of the session-enabled queue that IngestTicket sends to and AssignTicket reads.')
param ticketsQueueName string = 'tickets'

@description('Optional. Name of the queue that receives messages rejected as invalid, with the reason as a property.')
param invalidTicketsQueueName string = 'invalid-tickets'

@description('Optional. Name of the topic that receives one event per assignment.')
param assignmentEventsTopicName string = 'assignment-events'

@description('Optional. Azure region of the namespace.')
param location string = resourceGroup().location

@description('Optional. Tags applied to the namespace.')
param tags { *: string } = {}

var dataSenderRoleId = '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
var dataReceiverRoleId = '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'

// Sessions and topics need the Standard tier or above.
resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

// Session id = tenantId, so one tenant's tickets are handled in order by one consumer at a time.
resource ticketsQueue 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: ticketsQueueName
  properties: {
    requiresSession: true
    // IngestTicket sets the message id to tenant|ticket, so a PSA webhook sent twice within the window
    // is dropped here; the assignment step is idempotent as well. Set only when the queue is created.
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: 'PT1H'
    deadLetteringOnMessageExpiration: true
    maxDeliveryCount: ticketsMaxDeliveryCount
    lockDuration: 'PT1M'
    defaultMessageTimeToLive: 'P14D'
  }
}

resource invalidTicketsQueue 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: invalidTicketsQueueName
  properties: {
    deadLetteringOnMessageExpiration: true
    defaultMessageTimeToLive: 'P14D'
  }
}

resource assignmentEventsTopic 'Microsoft.ServiceBus/namespaces/topics@2024-01-01' = {
  parent: namespace
  name: assignmentEventsTopicName
  properties: {
    defaultMessageTimeToLive: 'P14D'
  }
}

resource ticketsReceiver 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(ticketsQueue.id, principalId, dataReceiverRoleId)
  scope: ticketsQueue
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', dataReceiverRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource ticketsSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(ticketsQueue.id, principalId, dataSenderRoleId)
  scope: ticketsQueue
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', dataSenderRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource invalidTicketsSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(invalidTicketsQueue.id, principalId, dataSenderRoleId)
  scope: invalidTicketsQueue
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', dataSenderRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource assignmentEventsSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(assignmentEventsTopic.id, principalId, dataSenderRoleId)
  scope: assignmentEventsTopic
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', dataSenderRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the namespace.')
output name string = namespace.name

@description('Host name of the namespace, the value of ServiceBusConnection__fullyQualifiedNamespace.')
output fullyQualifiedNamespace string = split(split(namespace.properties.serviceBusEndpoint, '/')[2], ':')[0]

@description('Name of the tickets queue.')
output ticketsQueueName string = ticketsQueue.name

@description('Name of the invalid-tickets queue.')
output invalidTicketsQueueName string = invalidTicketsQueue.name

@description('Name of the assignment-events topic.')
output assignmentEventsTopicName string = assignmentEventsTopic.name
